// English words Spanish keeps as they are in Ebb's content: the names of DBT skills Spanish-speaking therapists use unchanged.
export const sameAsEnglish: readonly string[] = ['STOP'];
