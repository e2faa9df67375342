// Screen words Spanish writes exactly as English does: a word both languages share.
export const sameAsEnglish: readonly string[] = ['No'];
