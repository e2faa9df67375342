// Faults on a real server process: killed with SIGKILL in the middle of pushes and pulls and started again on
// the same database, and (PostgreSQL) the database itself crashed and restarted under it. Clients retry until
// every batch is acknowledged; then everything any client saw acknowledged must be on the server, at that
// version or newer, byte for byte, and pulling by cursor through the faults must have missed none of it.
// Loopback only; each phase is bounded in time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../storage/test-postgres.ts';
import { bundleServer, startServerProcess, type ServerProcess } from './server-process.test-support.ts';
import { SyncClient } from './sync-client.test-support.ts';

const CLIENTS = 4;
/** Every client stops retrying after this long without an answer: a server that never recovers fails the test. */
const GIVE_UP_MS = 30_000;
/** The rate limit is per address and every client here is 127.0.0.1. */
const env = { EBB_API_RATE_LIMIT: '1000000' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Clients push batch after batch until `stop()`; each finishes the batch it is on (retrying) before it returns. */
function pushContinuously(clients: readonly SyncClient[], server: ServerProcess) {
  let stopping = false;
  let failure: unknown;
  // Each client pushes, and beside it pulls the changes after its cursor, as a second device would.
  const loops = clients.map(async (client) => {
    await client.register(Date.now() + GIVE_UP_MS);
    const pulling = (async () => {
      while (!stopping) {
        await client.pullChanges(Date.now() + GIVE_UP_MS);
        await sleep(30);
      }
    })();
    while (!stopping) await client.pushBatch(Date.now() + GIVE_UP_MS);
    await pulling;
  });
  const all = Promise.all(loops).catch((error: unknown) => {
    failure ??= error;
  });
  return {
    stop: async () => {
      stopping = true;
      await all;
      if (failure !== undefined) throw failure;
    },
    /** Waits until every client has had `count` more batches acknowledged (so pushes are surely in flight). */
    progress: async (count: number) => {
      const targets = clients.map((client) => client.batches + count);
      const deadline = Date.now() + GIVE_UP_MS;
      while (clients.some((client, index) => client.batches < (targets[index] ?? 0))) {
        if (failure !== undefined) throw failure;
        if (Date.now() > deadline) throw new Error(`clients made no progress: ${server.state()}`);
        await sleep(20);
      }
    },
  };
}

async function expectNothingLost(clients: readonly SyncClient[]): Promise<void> {
  const problems = (await Promise.all(clients.map((client) => client.check(Date.now() + GIVE_UP_MS)))).flat();
  expect(problems).toEqual([]);
  for (const client of clients) {
    expect(client.acknowledged.size).toBeGreaterThan(0);
    expect(client.batches).toBeGreaterThan(3);
  }
  // The kills happened while clients were sending: some request failed and was sent again.
  expect(clients.reduce((sum, client) => sum + client.retries, 0)).toBeGreaterThan(0);
}

beforeAll(() => bundleServer().then(() => undefined), 60_000);

describe('the server killed in the middle of pushes (SQLite)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ebb-fault-sqlite-'));
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({ ...env, EBB_DATA_DIR: dataDir });
  }, 30_000);
  afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses nothing it acknowledged, and clients finish by retrying', async () => {
    const clients = Array.from({ length: CLIENTS }, (_, index) => new SyncClient(server.origin, `dev${index}`));
    const load = pushContinuously(clients, server);
    for (let kill = 0; kill < 3; kill += 1) {
      await load.progress(2);
      await server.kill();
      await sleep(150);
      await server.start();
    }
    await load.progress(2);
    await load.stop();
    await expectNothingLost(clients);
  }, 90_000);
});

describe('the server killed and PostgreSQL crashed in the middle of pushes', () => {
  let postgres: TestPostgres;
  let server: ServerProcess;
  beforeAll(async () => {
    postgres = await startTestPostgres({ durableCommits: true });
    postgres.createDatabase('ebb_faults');
    server = await startServerProcess({ ...env, DATABASE_URL: postgres.url('ebb_faults') });
  }, 60_000);
  afterAll(async () => {
    await server.stop();
    postgres.stop();
  });

  it('loses nothing it acknowledged, and clients finish by retrying', async () => {
    const clients = Array.from({ length: CLIENTS }, (_, index) => new SyncClient(server.origin, `dev${index}`));
    const load = pushContinuously(clients, server);
    // The server process killed, then started again.
    await load.progress(2);
    await server.kill();
    await sleep(150);
    await server.start();
    // PostgreSQL crashed under the running server, and back.
    await load.progress(2);
    await postgres.crashAndRestart();
    await load.progress(2);
    // Both at once: the server killed, PostgreSQL crashed while it was down, then the server started.
    await server.kill();
    await postgres.crashAndRestart();
    await server.start();
    await load.progress(2);
    await load.stop();
    await expectNothingLost(clients);
  }, 120_000);
});
