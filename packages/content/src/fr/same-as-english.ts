// Content that French keeps exactly as in English: names of services and countries spelt the same.
export const sameAsEnglish: readonly string[] = [
  '113 Zelfmoordpreventie',
  '988 Suicide & Crisis Lifeline',
  'Canada',
  'Childline',
  'Crisis Text Line',
  'Find A Helpline',
  'France',
  'Kids Helpline',
  'Lifeline',
  'Need to talk? 1737',
  'Samaritans',
  'Shout',
  'TelefonSeelsorge',
  'national mindline 1771',
];
