// Learn’s pages, in this build's language (language.ts): the bundler keeps only that language's copy.
import { learnPages as learnPagesEn, learnPagesEs, learnPagesFr, type LearnPage } from '@ebb/content';

export const learnPages: readonly LearnPage[] = __EBB_LANGUAGE__ === 'es' ? learnPagesEs : __EBB_LANGUAGE__ === 'fr' ? learnPagesFr : learnPagesEn;
