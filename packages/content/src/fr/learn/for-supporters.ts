// PLACEHOLDER until the translation lands.
import type { LearnPage } from '../../learn/learn-page.ts';
import { supporterGuide } from '../../learn/for-supporters.ts';

export const supporterGuideFr: readonly LearnPage[] = supporterGuide;
