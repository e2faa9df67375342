// Flesch–Kincaid grade level, so tests can hold Ebb's reading (the Learn pages) to a level a 13-year-old can manage.

/**
 * Syllables in one English word, by the usual heuristic: count groups of vowels after dropping a silent final
 * "e" (or a silent "es", "ed") and a leading "y". It is right for most everyday words and errs by one on some (for
 * example "beautiful"); over a page of text the errors are small next to the margin the tests keep.
 */
export function countSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length === 0) return word.trim().length > 0 ? 1 : 0; // a number such as "10" is read as one beat
  if (letters.length <= 3) return 1;
  // "es" is its own beat after c, g, h, s, x or z ("urges", "wishes"), and "ed" after t or d ("wanted").
  const trimmed = letters.replace(/(?:[^laeiouycghsxz]es|[^laeiouytd]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

export interface ReadingCounts {
  sentences: number;
  words: number;
  syllables: number;
}

/**
 * Counts over pieces of text. Each piece (a paragraph, a heading, a list item) ends at least one sentence,
 * since a heading or list item is read as one even without a full stop. Syllables are English's unless a
 * language's own counter is given.
 */
export function countReading(pieces: readonly string[], syllablesOf: (word: string) => number = countSyllables): ReadingCounts {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const piece of pieces)
    for (const sentence of piece.split(/[.!?]+(?=\s|$)/)) {
      const tokens = sentence.split(/[\s/–—]+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
      if (tokens.length === 0) continue;
      sentences += 1;
      words += tokens.length;
      syllables += tokens.reduce((sum, t) => sum + t.split('-').reduce((s, part) => s + syllablesOf(part), 0), 0);
    }
  return { sentences, words, syllables };
}

/** The Flesch–Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade(pieces: readonly string[]): number {
  const { sentences, words, syllables } = countReading(pieces);
  if (words === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}
