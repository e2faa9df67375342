// Saving the plan as the person goes. Every save also keeps a version: the changes of one sitting make one
// version, with the sitting's reason; finishing the guided build, bringing back a version or locking ends
// the sitting (see keepVersion in core).
import { signal } from '@preact/signals';
import {
  emptyPlan,
  emptySupportCard,
  keepVersion,
  planIsEmpty,
  planRecord,
  planVersionRecord,
  PLAN_ID,
  restoreVersion,
  SITTING_MS,
  supportCardRecord,
  SUPPORT_CARD_ID,
  type Plan,
  type PlanVersion,
  type Store,
  type SupportCard,
} from '@ebb/core';
import { getStore } from './vault-state.ts';
import { announce, withWriteLock } from './tab-sync.ts';
import { updateRecord } from './update-record.ts';
import { loadPlan, onPlanForgotten, plan, planLoaded, supportCard } from './plan-state.ts';

/** True when this sitting changes a plan that already existed (not the first build): then a reason is asked for. */
export const revising = signal(false);
/** Set when the sitting was ended here (the guided build finished, a version restored, Ebb locked). */
let sittingEnded = false;
let sittingReason = '';
/** The version this sitting writes to, once it has one (for its reason). */
let sittingVersion: number | null = null;

export function endSitting(): void {
  sittingEnded = true;
  sittingVersion = null;
  sittingReason = '';
  revising.value = !planIsEmpty(plan.value);
}
onPlanForgotten(endSitting);

const newestFirst = (a: PlanVersion, b: PlanVersion) => b.savedAt - a.savedAt;

async function readVersions(store: Store): Promise<PlanVersion[]> {
  return (await store.list(planVersionRecord)).map((entry) => entry.value).sort(newestFirst);
}

export async function loadVersions(): Promise<PlanVersion[]> {
  return readVersions(await getStore());
}

/** Brings the stored versions in line with `versions` (only the newest ever changes). */
async function writeVersions(store: Store, before: readonly PlanVersion[], versions: readonly PlanVersion[]): Promise<void> {
  const [newest] = versions;
  const [previousNewest] = before;
  if (previousNewest && !versions.includes(previousNewest) && versions.length < before.length) {
    await store.delete(planVersionRecord, String(previousNewest.savedAt));
  } else if (newest && newest !== previousNewest) {
    await store.put(planVersionRecord, String(newest.savedAt), newest);
  }
}

/**
 * Shows the change at once, then saves it: applied to the plan as stored now, under the write lock, so a
 * change saved in another tab a moment ago stays. The stored plan is read first if it has not been yet, so
 * a screen opened before the plan loaded never shows an empty plan. If saving fails the change stays on
 * screen (nothing typed is lost) and the error is thrown for the screen to explain.
 */
export async function changePlan(change: (draft: Plan) => void): Promise<void> {
  if (!planLoaded.value) await loadPlan();
  const apply = (from: Plan) => {
    const draft = structuredClone(from);
    change(draft);
    return draft;
  };
  plan.value = apply(plan.value);
  const saved = await updateRecord(
    planRecord,
    PLAN_ID,
    (stored) => apply(stored ?? emptyPlan()),
    async (next, store) => {
      if (!next) return;
      const before = await readVersions(store);
      const versions = keepVersion(before, next, sittingReason, Date.now(), !sittingEnded);
      await writeVersions(store, before, versions);
      const newest = versions[0];
      if (newest && newest !== before[0]) {
        // A new version began: it is this sitting's from now on.
        if (newest.savedAt !== before[0]?.savedAt) revising.value = versions.length > 1;
        sittingVersion = newest.savedAt;
        sittingEnded = false;
      }
    },
  );
  if (saved) plan.value = saved;
}

/**
 * Works out, after a fresh start, whether changes now would revise an existing plan: yes when there is a
 * version before the newest, or the newest one's sitting is over.
 */
export async function checkRevising(): Promise<void> {
  if (sittingVersion !== null || sittingEnded) return;
  const [latest, previous] = await loadVersions();
  revising.value = latest !== undefined && (previous !== undefined || Date.now() - latest.changedAt >= SITTING_MS);
}

/** Why the plan is changing, in the person's words; kept with this sitting's version. */
export async function setChangeReason(reason: string): Promise<void> {
  sittingReason = reason.trim();
  if (sittingVersion === null) return;
  const kept = sittingReason;
  await updateRecord(planVersionRecord, String(sittingVersion), (version) => version && { ...version, reason: kept });
}

export const currentChangeReason = () => sittingReason;

/** Brings back an earlier version as the newest; every version stays. */
export async function restorePlanVersion(savedAt: number, reason: string): Promise<void> {
  const store = await getStore();
  await withWriteLock(async () => {
    const before = await readVersions(store);
    const versions = restoreVersion(before, savedAt, Date.now(), reason);
    const restored = versions[0];
    if (!restored) return;
    await store.put(planRecord, PLAN_ID, restored.plan);
    await writeVersions(store, before, versions);
    plan.value = restored.plan;
  });
  endSitting();
  announce('data');
}

/** Shows the change at once, then saves it onto the card as stored now, so a change made in another tab stays. */
export async function changeSupportCard(change: (card: SupportCard) => SupportCard): Promise<void> {
  supportCard.value = change(supportCard.value);
  const saved = await updateRecord(supportCardRecord, SUPPORT_CARD_ID, (stored) => change(stored ?? emptySupportCard()));
  if (saved) supportCard.value = saved;
}

/**
 * Saves a change to the plan as a version of its own, with its reason (for example after a reflection on a
 * slip): the sitting before it ends, and so does this one.
 */
export async function savePlanVersionWithReason(change: (draft: Plan) => void, reason: string): Promise<void> {
  endSitting();
  sittingReason = reason.trim();
  await changePlan(change);
  endSitting();
}
