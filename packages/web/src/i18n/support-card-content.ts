// The “How to support me” card’s suggestions and guidance, in this build's language (language.ts): the bundler keeps only that language's copy.
import {
  dontSayToMe as dontSayToMeEn,
  dontSayToMeEs,
  dontSayToMeFr,
  sayToMe as sayToMeEn,
  sayToMeEs,
  sayToMeFr,
  supporterGuidance as supporterGuidanceEn,
  supporterGuidanceEs,
  supporterGuidanceFr,
  type SupportText,
} from '@ebb/content';

export const sayToMe: readonly SupportText[] = __EBB_LANGUAGE__ === 'es' ? sayToMeEs : __EBB_LANGUAGE__ === 'fr' ? sayToMeFr : sayToMeEn;
export const dontSayToMe: readonly SupportText[] = __EBB_LANGUAGE__ === 'es' ? dontSayToMeEs : __EBB_LANGUAGE__ === 'fr' ? dontSayToMeFr : dontSayToMeEn;
export const supporterGuidance: readonly SupportText[] =
  __EBB_LANGUAGE__ === 'es' ? supporterGuidanceEs : __EBB_LANGUAGE__ === 'fr' ? supporterGuidanceFr : supporterGuidanceEn;
