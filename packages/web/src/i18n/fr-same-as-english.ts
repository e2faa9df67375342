// English screen words French keeps as they are: the same word in both languages, or a name.
// One entry per line, sorted, so that translators' additions merge cleanly.
// prettier-ignore
export const sameAsEnglish: readonly string[] = [
  'contacts-{day}.csv',
  'Date',
  'Ebb',
  'ebb-plan-{day}.txt',
  'Find A Helpline',
  'Journal',
  'Message',
  'message',
  'Note',
  'note',
  'Notes',
  'notes-{day}.json',
  'notes-{day}.txt',
  'notes-{period}',
  'Pause',
  'Photo',
  'Source',
  'Plan',
  'Stress',
  '{minutes} minute',
  '{minutes} minutes',
];
