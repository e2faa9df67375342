// The active catalogue for the share-or-save controls (this build's language: language.ts).
import { enShare, type ShareMessages } from './en-share.ts';
import { esShare } from './es-share.ts';
import { frShare } from './fr-share.ts';

export const msh: ShareMessages = __EBB_LANGUAGE__ === 'es' ? esShare : __EBB_LANGUAGE__ === 'fr' ? frShare : enShare;
