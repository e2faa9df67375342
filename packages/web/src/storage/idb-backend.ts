// The at-rest storage on IndexedDB: the `vault` store holds each record under its HMAC name as one padded
// box (packages/core/src/store/at-rest.ts); IndexedDB transactions are atomic, so a record is always wholly
// old or wholly new. The `keys` store beside it is kept by key-entries.ts. Databases written before the
// at-rest layout also have a `records` store, emptied into `vault` once a vault key is known.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AtRestStorage, FinalKeys, RotationJournal, SealedRecord, StoredRecord, DeviceSealed, UnlockFailures, VaultLock } from '@ebb/core';

export const DB_NAME = 'ebb';
/** 1: records kept by kind and id; 2: the at-rest layout (`vault`). */
const DB_VERSION = 2;
export const EPOCH_ID = 'epoch';

/**
 * The `keys` store: the vault key or the passcode lock sealed under the device secret ('vault-keys'), a
 * key rotation's journal ('rotation'), the name of the key writes must use ('epoch'), the wrong-try
 * record sealed under the device secret; where the browser has no private file system, the device secret
 * itself ('device-secret'); and, in profiles from before key rotation, the vault key ('vault') or an
 * unsealed lock ('lock'), and before sealed wrong tries, the wrong-try record as it is.
 */
export type KeyEntry = FinalKeys | RotationJournal | string | DeviceSealed | UnlockFailures | Uint8Array<ArrayBuffer> | CryptoKey | VaultLock;

interface EbbDB extends DBSchema {
  vault: { key: string; value: Uint8Array<ArrayBuffer> };
  /** The layout before at-rest names: only in databases written by an older Ebb, until moved. */
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
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('keys');
      db.createObjectStore('vault');
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

export class IdbAtRest implements AtRestStorage {
  /** `epoch` names the key this tab seals with; writes are refused once the stored epoch differs. */
  constructor(
    private readonly db: EbbDatabase,
    private readonly epoch: () => string | undefined = () => undefined,
  ) {}

  get(name: string) {
    return this.db.get('vault', name);
  }

  names() {
    return this.db.getAllKeys('vault');
  }

  async getMany(names: readonly string[]): Promise<StoredRecord[]> {
    const tx = this.db.transaction('vault');
    const boxes = await Promise.all(names.map((name) => tx.store.get(name)));
    return names.flatMap((name, i) => {
      const box = boxes[i];
      return box ? [{ name, box }] : [];
    });
  }

  async all(): Promise<StoredRecord[]> {
    const tx = this.db.transaction('vault');
    const [names, boxes] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    return names.map((name, i) => ({ name, box: boxes[i] as Uint8Array<ArrayBuffer> }));
  }

  /** One transaction: if anything fails, nothing is written and nothing is removed. */
  async write(put: readonly StoredRecord[], remove: readonly string[], { replace }: { replace: boolean }) {
    const tx = this.db.transaction(['vault', 'keys'], 'readwrite');
    const epoch = this.epoch();
    // Checked in the same transaction as the write, so no key rotation can slip in between.
    if (epoch !== undefined && (await tx.objectStore('keys').get(EPOCH_ID)) !== epoch) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new StaleKeyError();
    }
    const store = tx.objectStore('vault');
    if (replace) await store.clear();
    for (const name of remove) await store.delete(name);
    for (const r of put) await store.put(r.box.slice(), r.name);
    await tx.done;
  }
}
