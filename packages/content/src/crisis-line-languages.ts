// The languages each crisis line answers in, and how to reach it in a language other than its main one, by line id.
// Kept apart from crisis-lines.ts so the translations of the lines stay untouched. Every language a line is said to
// answer in beyond its country's main one, and every way in, has a source below with the day it was checked
// (docs/clinical-rules.md rule 2); where nothing was verified, only the main language is recorded, and the entry says so. Help now uses this to put the lines that answer in
// the person's language first, to say which language the others answer in, and to offer a line's own way in.
import type { Reach, Source } from './types.ts';

/** Languages a line may answer in (ISO 639-1). Names are shown through Intl.DisplayNames, in the build's locale. */
export const lineLanguageCodes = ['en', 'es', 'fr', 'de', 'nl'] as const;
export type LineLanguage = (typeof lineLanguageCodes)[number];

export interface LineLanguages {
  /** The languages the line answers in, its main one first. */
  languages: readonly LineLanguage[];
  /**
   * How the line's source supports `languages`: the page says which languages it answers in (`stated`), or the
   * page says nothing about languages and only the country's main language is recorded (`main-language-only`).
   */
  basis: 'stated' | 'main-language-only';
  /** Ways in for a language other than the main one, where reaching it differs (a menu key, a keyword). */
  inLanguage?: Partial<Record<LineLanguage, { reach: readonly Reach[] }>>;
}

export const crisisLineLanguages: Readonly<Record<string, LineLanguages>> = {
  // Calls: press 2 for Spanish at the menu; texts: AYUDA for Spanish. The page also says Spanish chat exists but
  // gives no Spanish chat address, so the chat stays the line's own (not offered as a way in for Spanish).
  'us-988': {
    languages: ['en', 'es'],
    basis: 'stated',
    inLanguage: {
      es: {
        reach: [
          { kind: 'call', number: '988', display: '988', press: '2' },
          { kind: 'text', number: '988', display: '988', keyword: 'AYUDA' },
        ],
      },
    },
  },
  // Not verified beyond English: the service's page does not say it answers in other languages.
  'us-crisis-text-line': { languages: ['en'], basis: 'main-language-only' },
  'ca-988': { languages: ['en', 'fr'], basis: 'stated' },
  'ca-kids-help-phone': { languages: ['en', 'fr'], basis: 'stated' },
  // The United Kingdom, Ireland, Australia and New Zealand: English only recorded (not verified for other languages).
  'gb-samaritans': { languages: ['en'], basis: 'main-language-only' },
  'gb-shout': { languages: ['en'], basis: 'main-language-only' },
  'gb-nhs-111': { languages: ['en'], basis: 'main-language-only' },
  'gb-childline': { languages: ['en'], basis: 'main-language-only' },
  'ie-samaritans': { languages: ['en'], basis: 'main-language-only' },
  'ie-50808': { languages: ['en'], basis: 'main-language-only' },
  'au-lifeline': { languages: ['en'], basis: 'main-language-only' },
  'au-kids-helpline': { languages: ['en'], basis: 'main-language-only' },
  'nz-1737': { languages: ['en'], basis: 'main-language-only' },
  // The country's main language only: no page of the service offers another language.
  'de-telefonseelsorge': { languages: ['de'], basis: 'main-language-only' },
  'fr-3114': { languages: ['fr'], basis: 'main-language-only' },
  // 113's English page (113.nl/english) explains the service but offers no calls or chats in English.
  'nl-113': { languages: ['nl'], basis: 'main-language-only' },
  // Singapore has four official languages; mindline's page is in English and offers no other, so English only.
  'sg-mindline-1771': { languages: ['en'], basis: 'main-language-only' },
};

/**
 * Where each `stated` line's languages (and any way in) were checked, and when, by line id. A
 * `main-language-only` entry states no fact beyond the line itself, whose source is in crisis-line-sources.ts.
 */
export const crisisLineLanguageSources: Readonly<Record<string, Source>> = {
  'us-988': { url: 'https://988lifeline.org/get-help/what-to-expect/', verifiedOn: '2026-11-30' },
  // The Government of Canada's news release for the launch: "available to call or text, in English and French".
  'ca-988': {
    url: 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
    verifiedOn: '2026-11-30',
  },
  // "Canada's only 24/7 national service offering bilingual (English and French) professional counselling".
  'ca-kids-help-phone': { url: 'https://kidshelpphone.ca/get-involved/about-us/who-is-kids-help-phone/', verifiedOn: '2026-11-30' },
};
