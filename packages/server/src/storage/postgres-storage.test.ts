// The shared SyncStorage suite on a real PostgreSQL, started for these tests and removed after.
import { afterAll, beforeAll } from 'vitest';
import { openStorage } from './open-storage.ts';
import { describeSyncStorage } from './sync-storage-contract.ts';
import { startTestPostgres, type TestPostgres } from './test-postgres.ts';
import { postgresRawTables } from './test-raw-tables.ts';

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
}, 60_000);
afterAll(() => server.stop());

let databases = 0;
describeSyncStorage('PostgreSQL', async () => {
  const name = `ebb_test_${(databases += 1)}`;
  server.createDatabase(name);
  const url = server.url(name);
  let storage = await openStorage({ DATABASE_URL: url });
  return {
    get storage() {
      return storage;
    },
    reopen: async () => {
      await storage.close();
      storage = await openStorage({ DATABASE_URL: url });
      return storage;
    },
    rawTables: () => postgresRawTables(url),
    dispose: () => storage.close(),
  };
});
