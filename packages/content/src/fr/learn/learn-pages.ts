// PLACEHOLDER until the translation lands.
import type { LearnPage } from '../../learn/learn-page.ts';
import { learnPages } from '../../learn/learn-pages.ts';

export const learnPagesFr: readonly LearnPage[] = learnPages;
