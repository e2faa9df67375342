// The vault's key entries in IndexedDB (the `keys` store beside the records): the sealed vault key or lock,
// a key rotation's journal and its re-sealing pages, and moving records out of the layout from before
// at-rest names. Each method is one transaction. Only values sealed under the device secret are written
// here (see docs/crypto-format.md); the wrong-try record is kept by sealed-failures.ts.
import type { FinalKeys, KeyEntries, LegacyMove, ResealChange, RotationJournal, SealedRecord, StoredKeys, StoredRecord, VaultLock } from '@ebb/core';
import { EPOCH_ID, type EbbDatabase } from './idb-backend.ts';

const FINAL_ID = 'vault-keys';
const ROTATION_ID = 'rotation';
export const FAILURES_ID = 'unlock-failures';
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

  async readPage(after: string | null, limit: number): Promise<StoredRecord[]> {
    const range = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
    const tx = this.db.transaction('vault');
    const [names, boxes] = await Promise.all([tx.store.getAllKeys(range, limit), tx.store.getAll(range, limit)]);
    return names.map((name, i) => ({ name, box: boxes[i] as Uint8Array<ArrayBuffer> }));
  }

  async writePage(changes: readonly ResealChange[], progress: string): Promise<void> {
    const tx = this.db.transaction(['vault', 'keys'], 'readwrite');
    const vault = tx.objectStore('vault');
    const keys = tx.objectStore('keys');
    for (const { from, to } of changes) {
      const stored = await vault.get(from.name);
      // Written meanwhile (under the new key, at its new name) or deleted: leave it as it is.
      if (!stored || !sameBytes(stored, from.box)) continue;
      await vault.delete(from.name);
      if ((await vault.getKey(to.name)) === undefined) await vault.put(to.box.slice(), to.name);
    }
    const journal = (await keys.get(ROTATION_ID)) as RotationJournal | undefined;
    if (journal) await keys.put({ ...journal, progress }, ROTATION_ID);
    await tx.done;
  }

  async readLegacyPage(limit: number): Promise<SealedRecord[]> {
    if (!this.db.objectStoreNames.contains('records')) return [];
    return this.db.getAll('records', undefined, limit);
  }

  async moveLegacyPage(moves: readonly LegacyMove[]): Promise<void> {
    const tx = this.db.transaction(['records', 'vault'], 'readwrite');
    const records = tx.objectStore('records');
    const vault = tx.objectStore('vault');
    for (const { from, to } of moves) {
      const old = await records.get([from.type, from.id]);
      if (!old || !sameBytes(old.envelope, from.envelope)) continue;
      await records.delete([from.type, from.id]);
      // A record already at the new name was written since: it is newer than the old entry.
      if ((await vault.getKey(to.name)) === undefined) await vault.put(to.box.slice(), to.name);
    }
    await tx.done;
  }
}
