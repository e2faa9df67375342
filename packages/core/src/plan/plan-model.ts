// What Ebb does with a plan: the steps to lead through in a hard moment (in the plan's order), and
// versions: every saved change is kept, and restoring makes a new version.
import { planSections, type PlanSectionId } from '@ebb/content';
import type { Plan, PlanVersion } from './plan-record.ts';
import { sectionIsFilled } from './plan-filled.ts';

/**
 * The steps to lead through in a hard moment, in the order to try them: those with something in them,
 * and always professionals and crisis services, which carry the country's crisis lines. Warning signs
 * are the plan's first step but say when to use it, not what to do, so they are not among these.
 */
export function stepsToFollow(plan: Plan): PlanSectionId[] {
  return planSections.filter((s) => s.step && s.id !== 'warning-signs' && (s.id === 'professionals' || sectionIsFilled(plan, s.id))).map((s) => s.id);
}

const same = (a: Plan, b: Plan) => JSON.stringify(a) === JSON.stringify(b);

/** A sitting ends after this long without a change; the next change starts a new version. */
export const SITTING_MS = 30 * 60_000;

/**
 * The versions after saving `plan`: a new version is added only when the plan differs from the latest
 * one. Versions are kept newest first.
 */
export function addVersion(versions: readonly PlanVersion[], plan: Plan, reason: string, now: number): PlanVersion[] {
  const latest = versions[0];
  if (latest && same(latest.plan, plan)) return [...versions];
  return [{ savedAt: now, changedAt: now, reason: reason.trim(), plan: structuredClone(plan) }, ...versions];
}

/**
 * The versions after an edit. The changes of one sitting are one version: while the newest version
 * changed less than SITTING_MS ago (and the sitting was not ended, by finishing the guided build or by
 * restoring), it takes the new plan; otherwise the edit starts a new version. Only the newest version
 * ever changes, so every earlier one stays as it was.
 */
export function keepVersion(versions: readonly PlanVersion[], plan: Plan, reason: string, now: number, mayContinue: boolean): PlanVersion[] {
  const [latest, ...older] = versions;
  if (latest && mayContinue && now - latest.changedAt < SITTING_MS) {
    // Edited back to exactly the version before: the sitting changed nothing after all.
    if (older[0] && same(older[0].plan, plan)) return older;
    if (same(latest.plan, plan) && reason.trim() === latest.reason) return [...versions];
    return [{ savedAt: latest.savedAt, changedAt: now, reason: reason.trim() || latest.reason, plan: structuredClone(plan) }, ...older];
  }
  return addVersion(versions, plan, reason, now);
}

/** Restoring an earlier version saves it again as the newest, so nothing in between is lost. */
export function restoreVersion(versions: readonly PlanVersion[], savedAt: number, now: number, reason: string): PlanVersion[] {
  const chosen = versions.find((version) => version.savedAt === savedAt);
  if (!chosen) throw new Error('No such plan version');
  return addVersion(versions, chosen.plan, reason, now);
}
