// Words the Spanish screens keep exactly as the English ones (names, and words Spanish uses as they are).
// One entry a line, sorted, so that translators adding to it merge cleanly.
// prettier-ignore
export const sameAsEnglish: readonly string[] = [
  'Ebb',
  'Find A Helpline',
  'PIN',
  'Plan',
];
