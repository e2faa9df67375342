// The active catalogue for the Patterns screen (this build's language: language.ts).
import { enPatterns, type PatternsMessages } from './en-patterns.ts';
import { esPatterns } from './es-patterns.ts';
import { frPatterns } from './fr-patterns.ts';

export const mpt: PatternsMessages = __EBB_LANGUAGE__ === 'es' ? esPatterns : __EBB_LANGUAGE__ === 'fr' ? frPatterns : enPatterns;
