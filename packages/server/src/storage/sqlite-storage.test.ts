// The shared SyncStorage suite on SQLite, in a temporary file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage } from './open-storage.ts';
import { describeSyncStorage } from './sync-storage-contract.ts';
import { sqliteRawTables } from './test-raw-tables.ts';

describeSyncStorage('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ebb-sqlite-'));
  let storage = await openStorage({ EBB_DATA_DIR: dir });
  const file = join(dir, 'ebb.sqlite');
  return {
    get storage() {
      return storage;
    },
    reopen: async () => {
      await storage.close();
      storage = await openStorage({ EBB_DATA_DIR: dir });
      return storage;
    },
    rawTables: () => sqliteRawTables(file),
    dispose: async () => {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
