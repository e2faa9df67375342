// Searching Learn's pages on the device: every word typed must appear in the page's title, summary or text,
// ignoring case and accents ("therapie" finds "thérapie") and a plural or -y ending ("therapies" finds
// "therapy"). Title matches come first.
import type { LearnBlock, LearnPage } from '@ebb/content';

/** Lower case with accents and other marks taken off, so "Émotion" and "emotion" are the same word. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const blockText = (block: LearnBlock): string => (block.kind === 'list' ? block.items.join(' ') : block.text);

/** All the words a page shows, link text included. */
const pageText = (page: LearnPage): string => [page.title, page.summary, ...page.blocks.map(blockText)].join(' ');

/** The words of `query`, folded; empty when only spaces or punctuation were typed. */
export const queryWords = (query: string): string[] =>
  fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** A longer word without its plural or -y ending, so either form finds the other; short words stay whole. */
const stem = (word: string): string => (word.length >= 5 ? word.replace(/(?:ies|es|s|y)$/, '') : word);

export function searchPages(pages: readonly LearnPage[], query: string): LearnPage[] {
  const words = queryWords(query).map(stem);
  if (words.length === 0) return [...pages];
  const found = pages.filter((page) => {
    const text = fold(pageText(page));
    return words.every((word) => text.includes(word));
  });
  const inTitle = (page: LearnPage) => words.every((word) => fold(page.title).includes(word));
  return [...found.filter(inTitle), ...found.filter((page) => !inTitle(page))];
}
