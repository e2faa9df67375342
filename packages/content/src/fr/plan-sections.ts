// PLACEHOLDER until the translation lands.
import type { Barrier } from '../plan-sections.ts';
import type { PlanSection } from '../plan-sections.ts';
import { planSections, planBarriers } from '../plan-sections.ts';

export const planSectionsFr: readonly PlanSection[] = planSections;
export const planBarriersFr: readonly Barrier[] = planBarriers;
