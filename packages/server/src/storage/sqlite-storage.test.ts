// The shared SyncStorage suite on SQLite, in a temporary file.
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage } from './open-storage.ts';
import { describeSyncStorage } from './sync-storage-contract.ts';

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
    rawTables: () => {
      const raw = new BetterSqlite3(file, { readonly: true });
      try {
        const names = raw.prepare<[], { name: string }>("select name from sqlite_master where type = 'table'").all();
        return Promise.resolve(Object.fromEntries(names.map(({ name }) => [name, raw.prepare<[], Record<string, unknown>>(`select * from "${name}"`).all()])));
      } finally {
        raw.close();
      }
    },
    dispose: async () => {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
