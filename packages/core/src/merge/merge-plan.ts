// Merging the plan, its versions and the support card. Versions merge by id (the newer state of a sitting's
// version wins: the app itself replaces it as the sitting goes on). The current plan is the newest version's,
// and the other side's plan is not lost: it is among the merged versions, since every saved plan is one. The support card shows a part only if both sides show it (sharing is
// always the person's choice, so the more private choice holds), and keeps every sentence from both.
import { planRecord, planVersionRecord, type Plan, type PlanVersion } from '../plan/plan-record.ts';
import { PLAN_LIMITS } from '../plan/plan-record.ts';
import { supportCardRecord, type SupportCard } from '../plan/support-card-record.ts';
import type { RecordSets } from './record-sets.ts';
import { mergeEach, mergeNewest, newerOf, same, unionList, type Merged } from './merge-helpers.ts';

export function mergePlanVersions(a: RecordSets, b: RecordSets): Merged<PlanVersion> {
  return { records: mergeNewest(a.get(planVersionRecord), b.get(planVersionRecord), (v) => v.changedAt), leftOut: 0 };
}

/**
 * The current plan is the plan of the newest version both sides hold together: Ebb keeps every saved plan
 * as a version, so each side's plan is its own newest version's, and the other side's is among the versions.
 * Should neither plan be that version's (only possible with data saved outside the app), the choice falls
 * back to the plans' canonical order, so that both sides still agree.
 */
export function mergePlans(a: RecordSets, b: RecordSets): Merged<Plan> {
  let newest: PlanVersion | undefined;
  for (const version of mergePlanVersions(a, b).records.values()) newest = newest ? newerOf(newest, version, (v) => v.changedAt)[0] : version;
  return mergeEach(a.get(planRecord), b.get(planRecord), (x, y) => ({
    value: newest && (same(newest.plan, x) || same(newest.plan, y)) ? newest.plan : newerOf(x, y, () => 0)[0],
    leftOut: 0,
  }));
}

export function mergeSupportCards(a: RecordSets, b: RecordSets): Merged<SupportCard> {
  return mergeEach(a.get(supportCardRecord), b.get(supportCardRecord), (x, y) => {
    const say = unionList(x.say, y.say, PLAN_LIMITS.itemsPerSection);
    const dontSay = unionList(x.dontSay, y.dontSay, PLAN_LIMITS.itemsPerSection);
    return {
      value: {
        show: {
          warningSigns: x.show.warningSigns && y.show.warningSigns,
          whatHelps: x.show.whatHelps && y.show.whatHelps,
          sayAndDont: x.show.sayAndDont && y.show.sayAndDont,
          whoToCall: x.show.whoToCall && y.show.whoToCall,
        },
        say: say.items,
        dontSay: dontSay.items,
      },
      leftOut: say.leftOut + dontSay.leftOut,
    };
  });
}
