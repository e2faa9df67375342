// The sync engine's view of this device (SyncLocal): every record that syncs, read from the vault and encoded
// as it is sealed for travel; changes from other devices written under the write lock every tab shares, each
// only if the record is still what the engine last saw (a save made meanwhile is never overwritten, and is
// handed back to the engine); and the engine's own device-only `sync-state` record. The Store writes one
// record at a time: if a write fails part way, the records already written are found changed by the next
// scan and travel again, so nothing is lost.
import {
  decodeRecord,
  encodeRecord,
  mergeableKinds,
  recordHash,
  SYNC_STATE_ID,
  syncStateRecord,
  type LocalChange,
  type LocalRecord,
  type RecordDefinition,
  type Store,
  type SyncLocal,
  type SyncState,
} from '@ebb/core';
import { withWriteLock } from '../state/tab-sync.ts';

const definitions = new Map<string, RecordDefinition<unknown>>(mergeableKinds.map((k) => [k.definition.type, k.definition]));

/** `onApplied` runs after changes were written: other tabs and this one read their data again. */
export function deviceRecords(store: Store, onApplied: () => void): SyncLocal {
  return {
    async read(): Promise<LocalRecord[]> {
      const records: LocalRecord[] = [];
      for (const definition of definitions.values()) {
        for (const { id, value } of await store.list(definition)) records.push({ type: definition.type, id, data: encodeRecord(definition, value) });
      }
      return records;
    },

    async apply(changes: readonly LocalChange[]): Promise<readonly LocalChange[]> {
      if (changes.length === 0) return [];
      const { skipped, written } = await withWriteLock(async () => {
        const left: LocalChange[] = [];
        let count = 0;
        for (const change of changes) {
          const definition = definitions.get(change.type);
          // A kind this Ebb does not know is never written (the engine keeps it on the server).
          if (!definition) continue;
          const current = await store.get(definition, change.id);
          const hash = current === undefined ? null : await recordHash(encodeRecord(definition, current));
          if (hash !== change.expectedHash) {
            left.push(change); // saved here meanwhile: the engine looks at it again
            continue;
          }
          if (change.data === null) await store.delete(definition, change.id);
          else await store.put(definition, change.id, decodeRecord(definition, change.data));
          count++;
        }
        return { skipped: left, written: count };
      });
      if (written > 0) onApplied();
      return skipped;
    },

    loadState: (): Promise<SyncState | undefined> => store.get(syncStateRecord, SYNC_STATE_ID),
    saveState: (state: SyncState): Promise<void> => store.put(syncStateRecord, SYNC_STATE_ID, state),
  };
}
