// The active catalogue for drafts (this build's language: language.ts).
import { enDrafts, type DraftMessages } from './en-drafts.ts';
import { esDrafts } from './es-drafts.ts';
import { frDrafts } from './fr-drafts.ts';

export const mdr: DraftMessages = __EBB_LANGUAGE__ === 'es' ? esDrafts : __EBB_LANGUAGE__ === 'fr' ? frDrafts : enDrafts;
