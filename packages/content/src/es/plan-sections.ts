// PLACEHOLDER until the translation lands.
import type { Barrier } from '../plan-sections.ts';
import type { PlanSection } from '../plan-sections.ts';
import { planSections, planBarriers } from '../plan-sections.ts';

export const planSectionsEs: readonly PlanSection[] = planSections;
export const planBarriersEs: readonly Barrier[] = planBarriers;
