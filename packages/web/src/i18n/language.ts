// The language this copy of Ebb speaks. Each language is its own build (scripts/build-languages.mjs), so the
// choice below is settled when the app is built: every catalogue that is not this language's is left out of
// the bundle, and the first screen carries one language's words only. Catalogue accessors test
// `__EBB_LANGUAGE__` itself (a literal once built), which is what lets the bundler drop the other languages.
import type { Language } from '@ebb/content';

export const language: Language = __EBB_LANGUAGE__;

/**
 * The locale for dates, times, numbers and plurals: this language with the device's region when the device
 * names one for it (es-US, fr-CA), else the language alone.
 */
export const locale: string =
  ((typeof navigator === 'undefined' ? undefined : navigator.languages) ?? []).find((tag) => tag.toLowerCase().startsWith(`${language}-`)) ?? language;
