// The active catalogue for the share links screen and the viewer (this build's language: language.ts).
import { enLinks, type LinksMessages } from './en-links.ts';
import { esLinks } from './es-links.ts';
import { frLinks } from './fr-links.ts';

export const mli: LinksMessages = __EBB_LANGUAGE__ === 'es' ? esLinks : __EBB_LANGUAGE__ === 'fr' ? frLinks : enLinks;
