// What Ebb does with a plan: which sections are filled, the steps to lead through in a hard moment
// (in the plan's order), and versions: every saved change is kept, and restoring makes a new version.
import { planSections, type PlanSectionId } from '@ebb/content';
import type { Plan, PlanVersion } from './plan-record.ts';

export function sectionIsFilled(plan: Plan, id: PlanSectionId): boolean {
  const value = plan.sections[id];
  return typeof value === 'string' ? value.trim() !== '' : value.length > 0;
}

export const planIsEmpty = (plan: Plan): boolean => planSections.every((s) => !sectionIsFilled(plan, s.id)) && plan.likelihood === null && plan.barriers.length === 0;

/** The steps of the plan that have something in them, in the order to try them. */
export function stepsToFollow(plan: Plan): PlanSectionId[] {
  return planSections.filter((s) => s.step && sectionIsFilled(plan, s.id)).map((s) => s.id);
}

const same = (a: Plan, b: Plan) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The versions after saving `plan`: a new version is added only when the plan differs from the latest
 * one. Versions are kept newest first.
 */
export function addVersion(versions: readonly PlanVersion[], plan: Plan, reason: string, now: number): PlanVersion[] {
  const latest = versions[0];
  if (latest && same(latest.plan, plan)) return [...versions];
  return [{ savedAt: now, reason: reason.trim(), plan: structuredClone(plan) }, ...versions];
}

/** Restoring an earlier version saves it again as the newest, so nothing in between is lost. */
export function restoreVersion(versions: readonly PlanVersion[], savedAt: number, now: number, reason: string): PlanVersion[] {
  const chosen = versions.find((version) => version.savedAt === savedAt);
  if (!chosen) throw new Error('No such plan version');
  return addVersion(versions, chosen.plan, reason, now);
}
