// Joins the people an older Ebb kept apart ("Your people") into the plan's one list, under the write lock
// shared by every tab; loaded only when such records are found, so the first screen does not carry it.
import { joinStoredPeople, type Plan, type Store } from '@ebb/core';
import { announce, withWriteLock } from './tab-sync.ts';

/** The plan as stored after the join, or undefined when another tab had already joined them. */
export async function joinOldPeople(store: Store): Promise<Plan | undefined> {
  const plan = await withWriteLock(() => joinStoredPeople(store, Date.now()));
  if (plan) announce('data');
  return plan;
}
