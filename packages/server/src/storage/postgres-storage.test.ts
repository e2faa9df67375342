// The shared SyncStorage suite on a real PostgreSQL, started for these tests and removed after.
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openStorage } from './open-storage.ts';
import { describeSyncStorage } from './sync-storage-contract.ts';
import { startTestPostgres, type TestPostgres } from './test-postgres.ts';

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
    rawTables: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const names = await client.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = 'public'");
        const tables: Record<string, Record<string, unknown>[]> = {};
        for (const { table_name: table } of names.rows) tables[table] = (await client.query<Record<string, unknown>>(`select * from "${table}"`)).rows;
        return tables;
      } finally {
        await client.end();
      }
    },
    dispose: () => storage.close(),
  };
});
