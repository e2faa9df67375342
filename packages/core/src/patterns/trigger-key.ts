// Triggers are the person's own few words; the same trigger typed twice ("Work ", "work") counts once. The
// key ignores case and runs of spaces; the words shown are the first spelling the person used.

/** The words as shown: trimmed, with inner runs of white space made one space. */
export const tidyTrigger = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** The key triggers are counted by. */
export const triggerKey = (text: string): string => tidyTrigger(text).toLocaleLowerCase();
