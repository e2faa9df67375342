// The active catalogue for the Patterns screen (English so far).
import { enPatterns, type PatternsMessages } from './en-patterns.ts';

export const mpt: PatternsMessages = enPatterns;
