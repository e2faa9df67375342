// A device's store for sync tests: records by type and id, encoded, with apply's rule (a change whose record
// moved on since the engine looked is skipped and returned) and a saved sync state, validated as the app keeps it.
import { decodeRecord, encodeRecord, type VersionedData } from '../records/define-record.ts';
import type { LocalChange, LocalRecord, SyncLocal } from './sync-local.ts';
import { recordHash, syncEntryKey, syncStateRecord, type SyncState } from './sync-state-record.ts';

export class MemorySyncLocal implements SyncLocal {
  readonly records = new Map<string, LocalRecord>();
  private state: string | undefined;
  /** Called inside apply before it checks hashes: a test writes here to race the engine. */
  beforeApply: (() => void) | undefined;

  put(type: string, id: string, data: VersionedData): void {
    this.records.set(syncEntryKey(type, id), { type, id, data: structuredClone(data) });
  }

  remove(type: string, id: string): void {
    this.records.delete(syncEntryKey(type, id));
  }

  get(type: string, id: string): VersionedData | undefined {
    return this.records.get(syncEntryKey(type, id))?.data;
  }

  read(): Promise<LocalRecord[]> {
    return Promise.resolve([...this.records.values()].map((r) => structuredClone(r)));
  }

  async apply(changes: readonly LocalChange[]): Promise<readonly LocalChange[]> {
    const hook = this.beforeApply;
    this.beforeApply = undefined;
    hook?.();
    const skipped: LocalChange[] = [];
    const ready: LocalChange[] = [];
    for (const change of changes) {
      const now = this.records.get(syncEntryKey(change.type, change.id));
      const hash = now ? await recordHash(now.data) : null;
      (hash === change.expectedHash ? ready : skipped).push(change);
    }
    for (const change of ready) {
      if (change.data) this.put(change.type, change.id, change.data);
      else this.remove(change.type, change.id);
    }
    return skipped;
  }

  loadState(): Promise<SyncState | undefined> {
    return Promise.resolve(this.state === undefined ? undefined : decodeRecord(syncStateRecord, JSON.parse(this.state)));
  }

  saveState(state: SyncState): Promise<void> {
    // Kept as the app keeps it: validated against the record's schema.
    this.state = JSON.stringify(encodeRecord(syncStateRecord, state));
    return Promise.resolve();
  }

  forgetState(): void {
    this.state = undefined;
  }
}
