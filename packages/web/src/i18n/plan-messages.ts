// The active catalogue for the plan screens (English so far; chosen like the main one).
import { enPlan, type PlanMessages } from './en-plan.ts';
import { esPlan } from './es-plan.ts';
import { frPlan } from './fr-plan.ts';

export const mp: PlanMessages = __EBB_LANGUAGE__ === 'es' ? esPlan : __EBB_LANGUAGE__ === 'fr' ? frPlan : enPlan;
