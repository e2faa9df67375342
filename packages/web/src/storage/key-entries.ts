// The vault's key entries in IndexedDB (the `keys` store beside the records): the sealed vault key or lock,
// a key rotation's journal and its re-sealing pages, and the wrong-try counter. Each method is one
// transaction. Only values sealed under the device secret are written here (see docs/crypto-format.md).
import type { FinalKeys, KeyEntries, RecordAddress, ResealChange, RotationJournal, SealedRecord, StoredKeys, UnlockFailures, VaultLock } from '@ebb/core';
import { EPOCH_ID, type EbbDatabase } from './idb-backend.ts';

const FINAL_ID = 'vault-keys';
const ROTATION_ID = 'rotation';
const FAILURES_ID = 'unlock-failures';
const LEGACY_KEY_ID = 'vault';
const LEGACY_LOCK_ID = 'lock';

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

export class IdbKeyEntries implements KeyEntries {
  constructor(private readonly db: EbbDatabase) {}

  async load(): Promise<StoredKeys> {
    const tx = this.db.transaction('keys');
    const [final, rotation, epoch, legacyKey, legacyLock] = await Promise.all(
      [FINAL_ID, ROTATION_ID, EPOCH_ID, LEGACY_KEY_ID, LEGACY_LOCK_ID].map((id) => tx.store.get(id)),
    );
    return {
      final: final as FinalKeys | undefined,
      rotation: rotation as RotationJournal | undefined,
      epoch: epoch as string | undefined,
      legacyKey: legacyKey instanceof CryptoKey ? legacyKey : undefined,
      legacyLock: legacyLock as VaultLock | undefined,
    };
  }

  async create(final: FinalKeys, epoch: string): Promise<boolean> {
    const tx = this.db.transaction('keys', 'readwrite');
    const taken = (await tx.store.get(FINAL_ID)) ?? (await tx.store.get(ROTATION_ID));
    if (!taken) {
      await tx.store.put(final, FINAL_ID);
      await tx.store.put(epoch, EPOCH_ID);
    }
    await tx.done;
    return !taken;
  }

  async begin(journal: RotationJournal): Promise<void> {
    const tx = this.db.transaction('keys', 'readwrite');
    await tx.store.put(journal, ROTATION_ID);
    await tx.store.put(journal.epoch, EPOCH_ID);
    // A profile from before key rotation: its key now lives only in the journal, sealed.
    await tx.store.delete(LEGACY_KEY_ID);
    await tx.store.delete(LEGACY_LOCK_ID);
    await tx.done;
  }

  async finish(final: FinalKeys): Promise<void> {
    const tx = this.db.transaction('keys', 'readwrite');
    await tx.store.put(final, FINAL_ID);
    await tx.store.delete(ROTATION_ID);
    await tx.store.delete(FAILURES_ID);
    await tx.done;
  }

  async readPage(after: RecordAddress | null, limit: number): Promise<SealedRecord[]> {
    const range = after ? IDBKeyRange.lowerBound([after.type, after.id], true) : undefined;
    return this.db.getAll('records', range, limit);
  }

  async writePage(changes: readonly ResealChange[], progress: RecordAddress): Promise<void> {
    const tx = this.db.transaction(['records', 'keys'], 'readwrite');
    const records = tx.objectStore('records');
    const keys = tx.objectStore('keys');
    for (const { record, expected } of changes) {
      const stored = await records.get([record.type, record.id]);
      // Written meanwhile (under the new key) or deleted: leave it as it is.
      if (stored && sameBytes(stored.envelope, expected)) await records.put({ type: record.type, id: record.id, envelope: record.envelope.slice() });
    }
    const journal = (await keys.get(ROTATION_ID)) as RotationJournal | undefined;
    if (journal) await keys.put({ ...journal, progress }, ROTATION_ID);
    await tx.done;
  }

  async loadFailures(): Promise<UnlockFailures> {
    return ((await this.db.get('keys', FAILURES_ID)) as UnlockFailures | undefined) ?? { count: 0, lastAt: 0 };
  }

  async saveFailures(failures: UnlockFailures): Promise<void> {
    await this.db.put('keys', failures, FAILURES_ID);
  }
}
