// The active catalogue for drafts (English so far).
import { enDrafts, type DraftMessages } from './en-drafts.ts';

export const mdr: DraftMessages = enDrafts;
