// English screen words that Spanish keeps as they are: names of services and apps, words Spanish uses as they are.
// One entry per line, sorted, so that translators' additions merge cleanly.
// prettier-ignore
export const sameAsEnglish: readonly string[] = [
  'Ebb',
  'Find A Helpline',
  'No',
  'no',
  'PIN',
  'Plan',
];
