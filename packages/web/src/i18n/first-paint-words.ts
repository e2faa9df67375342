// The words each language's HTML and manifests carry before any script runs: read by the build
// (vite.config.ts), taken from the catalogues so there is one copy of each.
import type { Language } from '@ebb/content';
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
