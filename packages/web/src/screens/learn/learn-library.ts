// Every page Learn lists and opens: the Learn pages, then the guide for the people who help (which is also
// printed and shared with the "How to support me" card). Both load only with Learn's chunk.
import { learnPages, supporterGuide, type LearnPage } from '@ebb/content';

export const learnLibrary: readonly LearnPage[] = [...learnPages, ...supporterGuide];
