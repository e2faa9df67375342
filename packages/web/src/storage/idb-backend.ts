// The RecordBackend on IndexedDB, plus the KeyVault that keeps the vault key beside the records.
// IndexedDB transactions are atomic, so a record is always wholly old or wholly new.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { KeyVault, RecordBackend, SealedRecord, VaultLock } from '@ebb/core';

export const DB_NAME = 'ebb';
const DB_VERSION = 1;
const VAULT_KEY_ID = 'vault';
const LOCK_ID = 'lock';
const FAILURES_ID = 'unlock-failures';

/** Wrong passcode tries in a row, and when the last one was: kept so a reload does not reset the delay. */
export interface UnlockFailures {
  count: number;
  lastAt: number;
}

/**
 * The `keys` store holds either the vault key itself (no passcode: 'vault') or the passcode lock
 * ('lock', which holds only wrapped keys), never both; plus the wrong-try counter.
 */
interface EbbDB extends DBSchema {
  records: { key: [string, string]; value: SealedRecord; indexes: { byType: string } };
  keys: { key: string; value: CryptoKey | VaultLock | UnlockFailures };
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

export class IdbBackend implements RecordBackend {
  constructor(private readonly db: EbbDatabase) {}

  get(type: string, id: string) {
    return this.db.get('records', [type, id]);
  }

  async put(record: SealedRecord) {
    await this.db.put('records', { type: record.type, id: record.id, envelope: record.envelope.slice() });
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
    const tx = this.db.transaction('records', 'readwrite');
    if (replace) await tx.store.clear();
    for (const r of records) await tx.store.put({ type: r.type, id: r.id, envelope: r.envelope.slice() });
    await tx.done;
  }
}

const isCryptoKey = (value: unknown): value is CryptoKey => value instanceof CryptoKey;

/** The vault key's home: the key itself without a passcode, the lock with one. Each change is one transaction. */
export class IdbKeyVault implements KeyVault {
  constructor(private readonly db: EbbDatabase) {}

  async load() {
    const value = await this.db.get('keys', VAULT_KEY_ID);
    return isCryptoKey(value) ? value : undefined;
  }

  async saveIfAbsent(key: CryptoKey) {
    const tx = this.db.transaction('keys', 'readwrite');
    const existing = await tx.store.get(VAULT_KEY_ID);
    if (!existing) await tx.store.add(key, VAULT_KEY_ID);
    await tx.done;
    return isCryptoKey(existing) ? existing : key;
  }

  async loadLock(): Promise<VaultLock | undefined> {
    return (await this.db.get('keys', LOCK_ID)) as VaultLock | undefined;
  }

  /** Turns the passcode on: the lock replaces the plain key in one step, so there is never neither. */
  async replaceKeyWithLock(lock: VaultLock): Promise<void> {
    const tx = this.db.transaction('keys', 'readwrite');
    await tx.store.put(lock, LOCK_ID);
    await tx.store.delete(VAULT_KEY_ID);
    await tx.store.delete(FAILURES_ID);
    await tx.done;
  }

  async saveLock(lock: VaultLock): Promise<void> {
    await this.db.put('keys', lock, LOCK_ID);
  }

  /** Turns the passcode off: the plain key replaces the lock in one step. */
  async replaceLockWithKey(key: CryptoKey): Promise<void> {
    const tx = this.db.transaction('keys', 'readwrite');
    await tx.store.put(key, VAULT_KEY_ID);
    await tx.store.delete(LOCK_ID);
    await tx.store.delete(FAILURES_ID);
    await tx.done;
  }

  async loadFailures(): Promise<UnlockFailures> {
    return ((await this.db.get('keys', FAILURES_ID)) as UnlockFailures | undefined) ?? { count: 0, lastAt: 0 };
  }

  async saveFailures(failures: UnlockFailures): Promise<void> {
    await this.db.put('keys', failures, FAILURES_ID);
  }
}
