// Whether a plan, or one of its sections, has anything in it. Kept apart from the plan model, and reading
// the plan's own keys rather than the content's sections, so Home and Help now can ask "is there a plan?"
// without every section's suggestions in the first bundle.
import type { PlanSectionId } from '@ebb/content';
import type { Plan } from './plan-record.ts';

export function sectionIsFilled(plan: Plan, id: PlanSectionId): boolean {
  const value = plan.sections[id];
  return typeof value === 'string' ? value.trim() !== '' : value.length > 0;
}

export const planIsEmpty = (plan: Plan): boolean =>
  (Object.keys(plan.sections) as PlanSectionId[]).every((id) => !sectionIsFilled(plan, id)) && plan.likelihood === null && plan.barriers.length === 0;

/**
 * Whether the plan holds anything besides people. People alone are the person's list of people (Help now and
 * "Your people" show them), not yet a plan to offer or to speak of.
 */
export const planHasMoreThanPeople = (plan: Plan): boolean => !planIsEmpty({ ...plan, sections: { ...plan.sections, 'people-to-ask': [] } });
