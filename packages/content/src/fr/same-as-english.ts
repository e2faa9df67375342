// English texts the French content keeps as they are: names of services, of skills and of apps.
// One entry per line, sorted, so that translators' additions merge cleanly.
// prettier-ignore
export const sameAsEnglish: readonly string[] = [
  'STOP',
];
