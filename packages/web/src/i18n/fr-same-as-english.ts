// English screen words French keeps as they are: the same word in both languages, or a name.
// One entry per line, sorted, so that translators' additions merge cleanly.
// prettier-ignore
export const sameAsEnglish: readonly string[] = [
  'Date',
  'Journal',
  'Message',
  'Note',
  'Pause',
  'Photo',
  'Stress',
  '{minutes} minutes',
  'notes-{period}',
];
