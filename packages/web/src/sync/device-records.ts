// The sync engine's view of this device (SyncLocal): every record that syncs, read from the vault and encoded
// as it is sealed for travel; changes from other devices written under the write lock every tab shares, each
// only if the record is still what the engine last saw (a save made meanwhile is never overwritten); and the
// engine's own device-only `sync-state` record.
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

    async apply(changes: readonly LocalChange[]): Promise<void> {
      if (changes.length === 0) return;
      const written = await withWriteLock(async () => {
        let count = 0;
        for (const change of changes) {
          const definition = definitions.get(change.type);
          // A kind this Ebb does not know is never written (the engine keeps it on the server).
          if (!definition) continue;
          const current = await store.get(definition, change.id);
          const hash = current === undefined ? null : await recordHash(encodeRecord(definition, current));
          if (hash !== change.expectedHash) continue; // saved here meanwhile: the next sync carries it
          if (change.data === null) await store.delete(definition, change.id);
          else await store.put(definition, change.id, decodeRecord(definition, change.data));
          count++;
        }
        return count;
      });
      if (written > 0) onApplied();
    },

    loadState: (): Promise<SyncState | undefined> => store.get(syncStateRecord, SYNC_STATE_ID),
    saveState: (state: SyncState): Promise<void> => store.put(syncStateRecord, SYNC_STATE_ID, state),
  };
}
