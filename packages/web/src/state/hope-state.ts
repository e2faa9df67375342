// The hope box's items, kept encrypted, one record per item; read when the box (or Ride it out's offer of
// it) opens. Adding checks the limits again under the write lock, so two tabs cannot together overfill it.
import { checkAddition, hopeItemRecord, nextOrder, type HopeItem, type HopeRefusal } from '@ebb/core';
import { getStore } from './vault-state.ts';
import { updateRecord } from './update-record.ts';
import { withWriteLock, announce } from './tab-sync.ts';

export interface HopeEntry {
  id: string;
  value: HopeItem;
}

/** Every item, in the person's order (the oldest first where two share a place). */
export async function loadHope(): Promise<HopeEntry[]> {
  const items = await (await getStore()).list(hopeItemRecord);
  return items.sort((a, b) => a.value.order - b.value.order || a.value.createdAt - b.value.createdAt);
}

/** Adds `item` at the end of the box, or says why it does not fit (and changes nothing). */
export async function addHopeItem(item: Omit<HopeItem, 'order' | 'createdAt'>, bytes: number): Promise<HopeRefusal | null> {
  const store = await getStore();
  const refused = await withWriteLock(async () => {
    const items = (await store.list(hopeItemRecord)).map((i) => i.value);
    const refusal = checkAddition(items, { kind: item.kind === 'photo' || item.kind === 'audio' ? item.kind : 'words', bytes });
    if (refusal) return refusal;
    await store.put(hopeItemRecord, crypto.randomUUID(), { ...item, order: nextOrder(items), createdAt: Date.now() });
    return null;
  });
  if (!refused) announce('data');
  return refused;
}

export async function removeHopeItem(id: string): Promise<void> {
  await updateRecord(hopeItemRecord, id, () => undefined);
}

/** Moves the item one place up or down: the two items trade places, and nothing else is rewritten. */
export async function moveHopeItem(entries: readonly HopeEntry[], id: string, by: -1 | 1): Promise<void> {
  const at = entries.findIndex((e) => e.id === id);
  const other = entries[at + by];
  const self = entries[at];
  if (!self || !other) return;
  // The two trade their places; two that shared one (merged from two devices) are set half a place apart.
  const [mine, theirs] = self.value.order === other.value.order ? [other.value.order + by / 2, self.value.order] : [other.value.order, self.value.order];
  await updateRecord(hopeItemRecord, self.id, (current) => current && { ...current, order: mine });
  await updateRecord(hopeItemRecord, other.id, (current) => current && { ...current, order: theirs });
}
