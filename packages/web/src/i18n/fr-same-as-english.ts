// Screen words French writes as English does: kept unchanged by the French catalogues (one a line, sorted).
export const sameAsEnglish: readonly string[] = ['Date', 'Message', 'Photo', 'notes-{period}'];
