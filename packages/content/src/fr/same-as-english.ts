// English texts the French content keeps as they are: names of services, countries spelt the same, skills.
// One entry per line, sorted, so that translators' additions merge cleanly.
// prettier-ignore
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
  'national mindline 1771',
  'Need to talk? 1737',
  'Samaritans',
  'Shout',
  'STOP',
  'TelefonSeelsorge',
];
