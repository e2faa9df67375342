// Screens' words that French keeps exactly as in English: names, and words French uses as they are.
export const sameAsEnglish: readonly string[] = [
  '1 minute',
  'Ebb',
  'Find A Helpline',
  'Journal',
  'Notes',
  'Plan',
  'contacts-{day}.csv',
  'ebb-plan-{day}.txt',
  'notes-{day}.json',
  'notes-{day}.txt',
  '{minutes} minutes',
];
