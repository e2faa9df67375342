// What the sync engine needs from the device's store: every syncable record as it is encoded, a way to apply
// what came from other devices without overwriting anything written meanwhile, and the device's sync state.
import type { VersionedData } from '../records/define-record.ts';
import type { SyncState } from './sync-state-record.ts';

/** A record as stored, encoded ({ v, data }): what is sealed for travel. */
export interface LocalRecord {
  type: string;
  id: string;
  data: VersionedData;
}

/** A record to write (`data`) or delete (`data` null), only if its content is still what the engine saw. */
export interface LocalChange {
  type: string;
  id: string;
  data: VersionedData | null;
  /** recordHash of the record's current content, or null when it must be absent; otherwise it is skipped. */
  expectedHash: string | null;
}

export interface SyncLocal {
  /** Every syncable record (no device-only kinds: deviceOnlyTypes). */
  read(): Promise<LocalRecord[]>;
  /**
   * Applies the changes together (all or none written), except any whose record's current hash is not its
   * `expectedHash` (it changed meanwhile): those are left as they are and returned, and the engine looks again.
   */
  apply(changes: readonly LocalChange[]): Promise<readonly LocalChange[]>;
  /** The state saved last, or undefined before the first sync (or after sync was turned off). */
  loadState(): Promise<SyncState | undefined>;
  /** Keeps a copy of the state (the engine goes on changing its own). */
  saveState(state: SyncState): Promise<void>;
}
