// The RecordBackend on IndexedDB, plus the KeyVault that keeps the vault key beside the records.
// IndexedDB transactions are atomic, so a record is always wholly old or wholly new.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { KeyVault, RecordBackend, SealedRecord } from '@ebb/core';

export const DB_NAME = 'ebb';
const DB_VERSION = 1;
const VAULT_KEY_ID = 'vault';

interface EbbDB extends DBSchema {
  records: { key: [string, string]; value: SealedRecord; indexes: { byType: string } };
  keys: { key: string; value: CryptoKey };
}

export type EbbDatabase = IDBPDatabase<EbbDB>;

export function openEbbDatabase(name = DB_NAME): Promise<EbbDatabase> {
  return openDB<EbbDB>(name, DB_VERSION, {
    upgrade(db) {
      const records = db.createObjectStore('records', { keyPath: ['type', 'id'] });
      records.createIndex('byType', 'type');
      db.createObjectStore('keys');
    },
  });
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
}

/** Keeps the vault key as a CryptoKey in IndexedDB (until a passcode wraps it, in a later version). */
export class IdbKeyVault implements KeyVault {
  constructor(private readonly db: EbbDatabase) {}

  load() {
    return this.db.get('keys', VAULT_KEY_ID);
  }

  async saveIfAbsent(key: CryptoKey) {
    const tx = this.db.transaction('keys', 'readwrite');
    const existing = await tx.store.get(VAULT_KEY_ID);
    if (!existing) await tx.store.add(key, VAULT_KEY_ID);
    await tx.done;
    return existing ?? key;
  }
}
