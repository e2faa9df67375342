// What Ebb does with a plan: which sections are filled, the steps to lead through in a hard moment
// (in the plan's order), and versions: every saved change is kept, and restoring makes a new version.
import { planSections, type PlanSectionId } from '@ebb/content';
import type { Plan, PlanVersion } from './plan-record.ts';

export function sectionIsFilled(plan: Plan, id: PlanSectionId): boolean {
  const value = plan.sections[id];
  return typeof value === 'string' ? value.trim() !== '' : value.length > 0;
}

export const planIsEmpty = (plan: Plan): boolean => planSections.every((s) => !sectionIsFilled(plan, s.id)) && plan.likelihood === null && plan.barriers.length === 0;

/**
 * The steps to lead through in a hard moment, in the order to try them: those with something in them,
 * and always professionals and crisis services, which carry the country's crisis lines. Warning signs
 * are the plan's first step but say when to use it, not what to do, so they are not among these.
 */
export function stepsToFollow(plan: Plan): PlanSectionId[] {
  return planSections
    .filter((s) => s.step && s.id !== 'warning-signs' && (s.id === 'professionals' || sectionIsFilled(plan, s.id)))
    .map((s) => s.id);
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

/**
 * The versions after an edit. Changes made in one sitting are one version: while `sitting` is the
 * savedAt of the newest version (the one this sitting began), that version takes the new plan and
 * reason; otherwise the edit starts a new version. A sitting never swallows an older version.
 */
export function keepVersion(versions: readonly PlanVersion[], plan: Plan, reason: string, now: number, sitting: number | null): PlanVersion[] {
  const [latest, ...older] = versions;
  if (latest && sitting !== null && latest.savedAt === sitting) {
    const previous = older[0];
    // Edited back to exactly the version before: the sitting changed nothing after all.
    if (previous && same(previous.plan, plan)) return older;
    return [{ savedAt: sitting, reason: reason.trim(), plan: structuredClone(plan) }, ...older];
  }
  return addVersion(versions, plan, reason, now);
}

/** Restoring an earlier version saves it again as the newest, so nothing in between is lost. */
export function restoreVersion(versions: readonly PlanVersion[], savedAt: number, now: number, reason: string): PlanVersion[] {
  const chosen = versions.find((version) => version.savedAt === savedAt);
  if (!chosen) throw new Error('No such plan version');
  return addVersion(versions, chosen.plan, reason, now);
}
