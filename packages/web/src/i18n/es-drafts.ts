// PLACEHOLDER until the translation lands.
// What Ebb says about words typed and not yet saved (drafts), in English. Loaded with the screens that
// have forms.
import type { DraftMessages } from './en-drafts.ts';

export const esDrafts: DraftMessages = {
  kept: 'Not saved yet. Your words are kept on this device until you save them.',
  restored: 'Your words from last time are back. They are not saved yet.',
  discarded: 'Draft discarded.',
  discard: 'Discard draft',
  undo: 'Undo',
  problem: 'Your words could not be kept as a draft ({reason}). They are still here on screen.',
};
