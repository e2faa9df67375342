// Words the Spanish content keeps exactly as the English: names of services and countries that Spanish writes the same.
// One entry a line, sorted, so that translators adding to it merge cleanly.
// prettier-ignore
export const sameAsEnglish: readonly string[] = [
  '113 Zelfmoordpreventie',
  '9-8-8 Suicide Crisis Helpline',
  'Australia',
  'Childline',
  'Crisis Text Line',
  'Find A Helpline',
  'Kids Help Phone',
  'Kids Helpline',
  'Lifeline',
  'Need to talk? 1737',
  'Samaritans',
  'Shout',
  'TelefonSeelsorge',
  'national mindline 1771',
];
