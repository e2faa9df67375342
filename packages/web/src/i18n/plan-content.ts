// The plan’s parts, their ideas and the barriers to using it, in this build's language (language.ts): the bundler keeps only that language's copy.
import {
  planBarriers as planBarriersEn,
  planBarriersEs,
  planBarriersFr,
  planSections as planSectionsEn,
  planSectionsEs,
  planSectionsFr,
  type PlanSection,
  type Barrier,
} from '@ebb/content';

export const planSections: readonly PlanSection[] = __EBB_LANGUAGE__ === 'es' ? planSectionsEs : __EBB_LANGUAGE__ === 'fr' ? planSectionsFr : planSectionsEn;
export const planBarriers: readonly Barrier[] = __EBB_LANGUAGE__ === 'es' ? planBarriersEs : __EBB_LANGUAGE__ === 'fr' ? planBarriersFr : planBarriersEn;
