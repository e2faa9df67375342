// The API suite on SQLite, in a temporary folder per run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage } from '../storage/open-storage.ts';
import { sqliteRawTables } from '../storage/test-raw-tables.ts';
import { describeApi } from './api-contract.ts';

describeApi('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ebb-api-sqlite-'));
  const storage = await openStorage({ EBB_DATA_DIR: dir });
  return {
    storage,
    rawTables: () => sqliteRawTables(join(dir, 'ebb.sqlite')),
    dispose: async () => {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
