// The person's plan as app state, kept encrypted: read when the vault opens (Home and Help now need to know
// whether there is one, and Help now shows its people, the person's one list) and forgotten on locking. Saving and versions live in plan-saving.ts, loaded with
// the plan screens, so the first screen carries only this.
import { signal } from '@preact/signals';
import {
  emptyPlan,
  emptySupportCard,
  helpContactRecord,
  planHasMoreThanPeople,
  planRecord,
  PLAN_ID,
  supportCardRecord,
  SUPPORT_CARD_ID,
  type Plan,
  type SupportCard,
} from '@ebb/core';
import { getStore } from './vault-state.ts';
import { forgetOnLock } from './forget-on-lock.ts';

export const plan = signal<Plan>(emptyPlan());
export const supportCard = signal<SupportCard>(emptySupportCard());
/** False until the stored plan has been read, so screens don't offer to start a plan that exists. */
export const planLoaded = signal(false);

/** Whether there is a plan to offer: people alone are the person's list of people, not yet a plan. */
export const hasPlan = () => planHasMoreThanPeople(plan.value);

export async function loadPlan(): Promise<void> {
  const store = await getStore();
  // People kept apart by an older Ebb (or an older backup just restored) join the plan's people first.
  const joined = (await store.list(helpContactRecord)).length > 0 ? await (await import('./join-people.ts')).joinOldPeople(store) : undefined;
  const [stored, card] = await Promise.all([joined ?? store.get(planRecord, PLAN_ID), store.get(supportCardRecord, SUPPORT_CARD_ID)]);
  plan.value = stored ?? emptyPlan();
  supportCard.value = card ?? emptySupportCard();
  planLoaded.value = true;
}

const forgetListeners: Array<() => void> = [];
/** Lets the saving side forget its sitting when Ebb locks. */
export const onPlanForgotten = (listener: () => void) => forgetListeners.push(listener);

/** Locking forgets the decrypted plan. */
export function forgetPlan(): void {
  plan.value = emptyPlan();
  supportCard.value = emptySupportCard();
  planLoaded.value = false;
  for (const listener of forgetListeners) listener();
}
forgetOnLock(forgetPlan);
