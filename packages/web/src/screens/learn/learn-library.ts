// Every page Learn lists and opens: the Learn pages, then the guide for the people who help (which is also
// printed and shared with the "How to support me" card). Both load only with Learn's chunk.
import { type LearnPage } from '@ebb/content';
import { learnPages } from '../../i18n/learn-pages-content.ts';
import { supporterGuide } from '../../i18n/supporter-guide-content.ts';

export const learnLibrary: readonly LearnPage[] = [...learnPages, ...supporterGuide];
