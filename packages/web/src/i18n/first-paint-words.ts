// What each language's HTML and manifests carry before any script runs, made at build time (vite.config.ts)
// from the catalogues, so there is one copy of each word: the page's language, description, discreet mode's
// neutral name and plain icon, and the first script that opens the person's language (language-script.ts).
import type { Language } from '@ebb/content';
import { languageScript } from './language-script.ts';
import { en, type Messages } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';

const catalogues: Readonly<Record<Language, Messages>> = { en, es, fr };

const wordsOf = (messages: Messages) => ({ description: messages.app.description, neutralName: messages.discreet.name, helpNow: messages.helpNow.open });

export const firstPaintWords: Readonly<Record<Language, ReturnType<typeof wordsOf>>> = {
  en: wordsOf(catalogues.en),
  es: wordsOf(catalogues.es),
  fr: wordsOf(catalogues.fr),
};

/** The address a language's build lives under: "/" for English, "/es/" for Spanish… */
export const baseOf = (language: Language): string => (language === 'en' ? '/' : `/${language}/`);

/** index.html (with its %EBB_…% marks) as the build of `language` serves it. */
export function firstPaintHtml(html: string, language: Language, all: readonly Language[]): string {
  const words = firstPaintWords[language];
  return html
    .replace('<html lang="en">', `<html lang="${language}">`)
    .replace('%EBB_DESCRIPTION%', words.description)
    .replace('%EBB_NEUTRAL_NAME%', words.neutralName)
    .replace('%EBB_PLAIN_ICON%', `${baseOf(language)}icons/plain.svg`)
    .replace('<!-- %EBB_LANGUAGE_SCRIPT% -->', `<script>${languageScript(language, all)}</script>`);
}

/** Discreet mode's manifest: the neutral name and the plain icon, nothing about Ebb. */
export function plainManifest(language: Language): Record<string, unknown> {
  const base = baseOf(language);
  const name = firstPaintWords[language].neutralName;
  return {
    id: base,
    name,
    short_name: name,
    lang: language,
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#f6f4f0',
    theme_color: '#f6f4f0',
    icons: [{ src: `${base}icons/plain.svg`, sizes: 'any', type: 'image/svg+xml' }],
  };
}
