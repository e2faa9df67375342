// The API suite on a real PostgreSQL, started for these tests and removed after.
import { afterAll, beforeAll } from 'vitest';
import { openStorage } from '../storage/open-storage.ts';
import { startTestPostgres, type TestPostgres } from '../storage/test-postgres.ts';
import { postgresRawTables } from '../storage/test-raw-tables.ts';
import { describeApi } from './api-contract.ts';

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
}, 60_000);
afterAll(() => server.stop());

let databases = 0;
describeApi('PostgreSQL', async () => {
  const name = `ebb_api_${(databases += 1)}`;
  server.createDatabase(name);
  const url = server.url(name);
  const storage = await openStorage({ DATABASE_URL: url });
  return { storage, rawTables: () => postgresRawTables(url), dispose: () => storage.close() };
});
