// The RecordBackend on IndexedDB. IndexedDB transactions are atomic, so a record is always wholly old or
// wholly new. The `keys` store beside the records is kept by key-entries.ts.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FinalKeys, RecordBackend, RotationJournal, SealedRecord, UnlockFailures, VaultLock } from '@ebb/core';

export const DB_NAME = 'ebb';
const DB_VERSION = 1;
export const EPOCH_ID = 'epoch';

/**
 * The `keys` store: the vault key or the passcode lock sealed under the device secret ('vault-keys'), a
 * key rotation's journal ('rotation'), the name of the key writes must use ('epoch'), the wrong-try
 * counter; where the browser has no private file system, the device secret itself ('device-secret'); and,
 * in profiles from before key rotation, the vault key ('vault') or an unsealed lock ('lock').
 */
export type KeyEntry = FinalKeys | RotationJournal | string | UnlockFailures | Uint8Array<ArrayBuffer> | CryptoKey | VaultLock;

interface EbbDB extends DBSchema {
  records: { key: [string, string]; value: SealedRecord; indexes: { byType: string } };
  keys: { key: string; value: KeyEntry };
}

export type EbbDatabase = IDBPDatabase<EbbDB>;

/**
 * `onReleased` runs when another tab deletes or upgrades the database: this tab closes its connection
 * at once (so the other can proceed) and must not write again.
 */
export function openEbbDatabase(name = DB_NAME, onReleased?: () => void): Promise<EbbDatabase> {
  const opening: Promise<EbbDatabase> = openDB<EbbDB>(name, DB_VERSION, {
    upgrade(db) {
      const records = db.createObjectStore('records', { keyPath: ['type', 'id'] });
      records.createIndex('byType', 'type');
      db.createObjectStore('keys');
    },
    blocking() {
      void opening.then((db) => db.close());
      onReleased?.();
    },
  });
  return opening;
}

/** A write sealed under a vault key that another tab has since rotated away from: refused, never stored. */
export class StaleKeyError extends Error {
  constructor() {
    super('The vault key changed in another tab');
    this.name = 'StaleKeyError';
  }
}

export class IdbBackend implements RecordBackend {
  /** `epoch` names the key this tab seals with; writes are refused once the stored epoch differs. */
  constructor(
    private readonly db: EbbDatabase,
    private readonly epoch: () => string | undefined = () => undefined,
  ) {}

  get(type: string, id: string) {
    return this.db.get('records', [type, id]);
  }

  async put(record: SealedRecord) {
    await this.putAll([record], { replace: false });
  }

  delete(type: string, id: string) {
    return this.db.delete('records', [type, id]);
  }

  list(type: string) {
    return this.db.getAllFromIndex('records', 'byType', type);
  }

  listAll() {
    return this.db.getAll('records');
  }

  /** One transaction: if anything fails, nothing is written and nothing is removed. */
  async putAll(records: readonly SealedRecord[], { replace }: { replace: boolean }) {
    const tx = this.db.transaction(['records', 'keys'], 'readwrite');
    const epoch = this.epoch();
    // Checked in the same transaction as the write, so no key rotation can slip in between.
    if (epoch !== undefined && (await tx.objectStore('keys').get(EPOCH_ID)) !== epoch) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new StaleKeyError();
    }
    const store = tx.objectStore('records');
    if (replace) await store.clear();
    for (const r of records) await store.put({ type: r.type, id: r.id, envelope: r.envelope.slice() });
    await tx.done;
  }
}
