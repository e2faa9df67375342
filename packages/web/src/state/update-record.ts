// The one way any record is saved: under the write lock shared by every open tab, read what is stored now,
// apply the change to it, write the result, then tell the other tabs. A change another tab saved a moment
// earlier is therefore built upon, never overwritten by a copy this tab read before it.
import type { RecordDefinition, Store } from '@ebb/core';
import { getStore } from './vault-state.ts';
import { announce, withWriteLock } from './tab-sync.ts';

/**
 * Saves `change(current)` as the record `id` (or deletes it when the change gives undefined) and returns
 * what was written. `alongside` runs under the same lock after the write, for records kept in step with
 * this one (the plan's versions).
 */
export async function updateRecord<T>(
  definition: RecordDefinition<T>,
  id: string,
  change: (current: T | undefined) => T | undefined,
  alongside?: (next: T | undefined, store: Store) => Promise<void>,
): Promise<T | undefined> {
  const store = await getStore();
  const next = await withWriteLock(async () => {
    const written = change(await store.get(definition, id));
    if (written === undefined) await store.delete(definition, id);
    else await store.put(definition, id, written);
    await alongside?.(written, store);
    return written;
  });
  announce('data');
  return next;
}
