// The languages each crisis line answers in, and how to reach it in a language other than its main one, by line id.
// Kept apart from crisis-lines.ts so the translations of the lines stay untouched. Every language beyond a line's
// country's main one, and every way in, has a source with the day it was checked (crisisLineLanguageSources in
// crisis-line-sources.ts, kept apart so the first screen does not ship it; docs/clinical-rules.md rule 2); where
// nothing was verified, only the main language is recorded and the entry says so. Help now uses this to put the lines
// that answer in the person's language first, to say which languages the others answer in, and to offer a way in.
import type { Reach } from './types.ts';

/** Languages a line may answer in (ISO 639-1). Names are shown through Intl.DisplayNames, in the build's locale. */
export const lineLanguageCodes = ['en', 'es', 'fr', 'de', 'nl'] as const;
export type LineLanguage = (typeof lineLanguageCodes)[number];

/**
 * A line's languages. Any language beyond the country's main one, and any way in, is stated by the page in
 * `crisisLineLanguageSources` (crisis-line-sources.ts); an entry with no such page records the main language only.
 */
export interface LineLanguages {
  /** The languages the line answers in, its main one first. */
  languages: readonly LineLanguage[];
  /** Ways in for a language other than the main one, where reaching it differs (a menu key, a keyword). */
  inLanguage?: Partial<Record<LineLanguage, { reach: readonly Reach[] }>>;
}

export const crisisLineLanguages: Readonly<Record<string, LineLanguages>> = {
  // Calls: press 2 for Spanish at the menu; texts: AYUDA for Spanish. The page also says Spanish chat exists but
  // gives no Spanish chat address, so the chat stays the line's own (not offered as a way in for Spanish).
  'us-988': {
    languages: ['en', 'es'],
    inLanguage: {
      es: {
        reach: [
          { kind: 'call', number: '988', display: '988', press: '2' },
          { kind: 'text', number: '988', display: '988', keyword: 'AYUDA' },
        ],
      },
    },
  },
  // Spanish since October 2021: the first word AYUDA reaches a Spanish-speaking volunteer.
  'us-crisis-text-line': {
    languages: ['en', 'es'],
    inLanguage: { es: { reach: [{ kind: 'text', number: '741741', display: '741741', keyword: 'AYUDA' }] } },
  },
  'ca-988': { languages: ['en', 'fr'] },
  'ca-kids-help-phone': { languages: ['en', 'fr'] },
  // The United Kingdom, Ireland, Australia and New Zealand: English only (other languages not verified).
  'gb-samaritans': { languages: ['en'] },
  'gb-shout': { languages: ['en'] },
  'gb-nhs-111': { languages: ['en'] },
  'gb-childline': { languages: ['en'] },
  'ie-samaritans': { languages: ['en'] },
  'ie-50808': { languages: ['en'] },
  'au-lifeline': { languages: ['en'] },
  'au-kids-helpline': { languages: ['en'] },
  'nz-1737': { languages: ['en'] },
  // The country's main language only (other languages not verified).
  'de-telefonseelsorge': { languages: ['de'] },
  'fr-3114': { languages: ['fr'] },
  // 113's English page (113.nl/english) explains the service but does not offer calls or chats in English.
  'nl-113': { languages: ['nl'] },
  // Singapore has four official languages; only English is recorded (the others not verified for mindline).
  'sg-mindline-1771': { languages: ['en'] },
};
