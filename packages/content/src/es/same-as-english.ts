// English content that Spanish keeps as they are: names of services and apps, words Spanish uses as they are.
// One entry per line, sorted, so that translators' additions merge cleanly.
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
  'national mindline 1771',
  'Need to talk? 1737',
  'Samaritans',
  'Shout',
  'STOP',
  'TelefonSeelsorge',
];
