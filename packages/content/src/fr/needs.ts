// PLACEHOLDER until the translation lands.
import type { Need } from '../needs.ts';
import { needWords } from '../needs.ts';

export const needWordsFr: Readonly<Record<Need, readonly string[]>> = needWords;
