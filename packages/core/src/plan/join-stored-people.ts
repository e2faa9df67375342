// The one-time join of the two lists of people Ebb used to keep: "Your people" (help-contact records) into
// the plan's people. Runs on the stored records whenever some are found (after an update, or after restoring
// an older backup), so it must be safe to run again: an interrupted join is finished by the next one, and
// people already joined are not added twice.
import type { Store } from '../store/store.ts';
import { helpContactRecord, type HelpContact } from '../records/help-contact.ts';
import { emptyPlan, planRecord, planVersionRecord, PLAN_ID, PLAN_LIMITS, type Plan, type PlanPerson } from './plan-record.ts';
import { addVersion } from './plan-model.ts';
import { joinPeople } from './plan-people.ts';

const personOf = (contact: HelpContact): PlanPerson => ({ name: contact.name, phone: contact.phone, message: '', note: contact.note });

export interface JoinedPeople {
  /** The plan with every old contact that fits among its people. */
  plan: Plan;
  /** The old contacts now in the plan, by id. Any that did not fit (a very long list) are left as they are. */
  joined: string[];
}

/** The plan with the old contacts joined into its people, oldest contact first. */
export function joinContacts(plan: Plan, contacts: ReadonlyArray<{ id: string; value: HelpContact }>): JoinedPeople {
  let people = plan.sections['people-to-ask'];
  const joined: string[] = [];
  for (const { id, value } of [...contacts].sort((a, b) => a.value.createdAt - b.value.createdAt)) {
    const next = joinPeople(people, [personOf(value)]);
    if (next.length > PLAN_LIMITS.people) continue;
    people = next;
    joined.push(id);
  }
  return { plan: { ...plan, sections: { ...plan.sections, 'people-to-ask': people } }, joined };
}

/**
 * Joins any stored old contacts into the stored plan, keeping the change as a plan version (the plan is
 * always its newest version's), then removes the contacts joined. Call it under the write lock. Returns
 * the plan as stored now, or undefined when there was nothing to join.
 */
export async function joinStoredPeople(store: Store, now: number): Promise<Plan | undefined> {
  const contacts = await store.list(helpContactRecord);
  if (contacts.length === 0) return undefined;
  const before = (await store.get(planRecord, PLAN_ID)) ?? emptyPlan();
  const { plan, joined } = joinContacts(before, contacts);
  // Written before the contacts are removed: stopped in between, the next join finds them already there.
  await store.put(planRecord, PLAN_ID, plan);
  const versions = (await store.list(planVersionRecord)).map((entry) => entry.value).sort((a, b) => b.savedAt - a.savedAt);
  const [newest] = addVersion(versions, plan, '', now);
  if (newest && newest !== versions[0]) await store.put(planVersionRecord, String(newest.savedAt), newest);
  for (const id of joined) await store.delete(helpContactRecord, id);
  return plan;
}
