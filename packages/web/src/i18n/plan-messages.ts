// The active catalogue for the plan screens (English so far; chosen like the main one).
import { enPlan, type PlanMessages } from './en-plan.ts';

export const mp: PlanMessages = enPlan;
