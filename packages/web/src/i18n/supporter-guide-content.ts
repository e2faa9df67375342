// The guide for supporters, in this build's language (language.ts): the bundler keeps only that language's copy.
import { supporterGuide as supporterGuideEn, supporterGuideEs, supporterGuideFr, type LearnPage } from '@ebb/content';

export const supporterGuide: readonly LearnPage[] =
  __EBB_LANGUAGE__ === 'es' ? supporterGuideEs : __EBB_LANGUAGE__ === 'fr' ? supporterGuideFr : supporterGuideEn;
