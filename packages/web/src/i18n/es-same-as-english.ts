// Words of the screens that Spanish writes just as English does, so the mirror check accepts them unchanged.
export const sameAsEnglish: readonly string[] = ['no'];
