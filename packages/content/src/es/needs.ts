// PLACEHOLDER until the translation lands.
import type { Need } from '../needs.ts';
import { needWords } from '../needs.ts';

export const needWordsEs: Readonly<Record<Need, readonly string[]>> = needWords;
