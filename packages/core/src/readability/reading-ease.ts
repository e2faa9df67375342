// Reading ease for Spanish and French (Fernández-Huerta, Kandel–Moles), so the translated Learn pages can be held to
// plain reading as the English ones are by their Flesch–Kincaid grade. Both are Flesch's reading ease refitted
// to the language: 100 is very easy, 60 to 70 is plain text a 13- to 15-year-old reads.
import type { Language } from '@ebb/content';
import { countReading } from './reading-grade.ts';

const vowelsEs = 'aeiouáéíóúü';
/** Vowels that start a new beat beside another vowel (a hiatus); an accented í or ú breaks a diphthong too. */
const strongEs = 'aeoáéóíú';

/**
 * Syllables in one Spanish word: one per vowel group, plus one where two strong vowels meet ("po-e-ta",
 * "dí-a"); a weak vowel beside another vowel makes one beat ("ciu-dad", "cuen-ta"). The "u" of "que", "qui",
 * "gue" and "gui" is silent, and a final "y" ("hoy", "muy") belongs to the vowel before it.
 */
export function countSyllablesEs(word: string): number {
  const letters = word
    .toLowerCase()
    .replace(/[^a-záéíóúüñy]/g, '')
    .replace(/([qg])u([eéií])/g, '$1$2')
    .replace(/(?<=[aeiouáéíóú])y$/, '');
  let beats = 0;
  for (const [i, letter] of [...letters].entries()) {
    const vowel = vowelsEs.includes(letter) || (letter === 'y' && letters.length === 1);
    if (!vowel) continue;
    const previous = letters[i - 1];
    const joined = previous !== undefined && vowelsEs.includes(previous) && !(strongEs.includes(previous) && strongEs.includes(letter));
    if (!joined) beats += 1;
  }
  return Math.max(1, beats);
}

const vowelsFr = 'aeiouyàâäéèêëîïôöùûüœæ';

/**
 * Syllables in one French word, by the usual heuristic: one per vowel group ("oi", "eau", "ou" are one beat)
 * after dropping a silent final "e" or "es" ("pensée" is two beats, "idées" two); a diaeresis ("naïf") starts
 * a beat of its own. Plural verb endings ("parlent") count one beat too many; over a page the error is small.
 */
export function countSyllablesFr(word: string): number {
  const letters = word
    .toLowerCase()
    .replace(/[^a-zàâäéèêëîïôöùûüœæç]/g, '')
    .replace(/(?<=.)(?:e|es)$/, '');
  let beats = 0;
  for (const [i, letter] of [...letters].entries()) {
    if (!vowelsFr.includes(letter)) continue;
    const previous = letters[i - 1];
    const joined = previous !== undefined && vowelsFr.includes(previous) && !'ëïü'.includes(letter);
    if (!joined) beats += 1;
  }
  return Math.max(1, beats);
}

/**
 * Reading ease of pieces of Spanish (Fernández-Huerta: 206.84 − 1.02 × words per sentence − 60 × syllables
 * per word) or French text (Kandel–Moles: 207 − 1.015 × words per sentence − 73.6 × syllables per word).
 */
export function readingEase(pieces: readonly string[], language: Exclude<Language, 'en'>): number {
  const { sentences, words, syllables } = countReading(pieces, language === 'es' ? countSyllablesEs : countSyllablesFr);
  if (words === 0) return 100;
  return language === 'es' ? 206.84 - 1.02 * (words / sentences) - 60 * (syllables / words) : 207 - 1.015 * (words / sentences) - 73.6 * (syllables / words);
}
