// P8: the sync API under load. 100 concurrent keep-alive connections for 20 s (autocannon), each alternating a
// push (5 new records of 300 bytes of ciphertext, the smallest sealed size bucket) and an incremental pull
// (the changes after that account's last cursor), over 100 accounts, against the built server process
// (`node packages/server/dist/main.js`) on SQLite and then on a throwaway PostgreSQL (the helper the storage
// tests use; synchronous commits on, fsync off as in the tests). The rate limit is raised through
// EBB_API_RATE_LIMIT. A 3 s warm-up first. The server's CPU time per 1,000 requests is reported too (Linux
// /proc): other processes on a shared machine disturb it less than latency and throughput.
// Budget: p99 ≤ 50 ms. Loopback only; the load generator shares the machine's cores with the server.
// Run alone: `npm run bench:sync` (options: --seconds S, --connections C, --only sqlite|postgres, --no-build)
// prints the figures as JSON on its last line.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { rolldown } from 'rolldown';
import { serveBuiltApp } from '../scripts/serve-built-app.mjs';

export const SYNC_P99_BUDGET_MS = 50;
const ACCOUNTS = 100;
const RECORDS_PER_PUSH = 5;
const WARM_UP_SECONDS = 3;

const b64url = (bytes) => Buffer.from(bytes).toString('base64url');

/** The built server, as `npm start` runs it, with `env` added and the rate limit raised. */
async function startServer(env) {
  const server = await serveBuiltApp({ env: { ...env, EBB_API_RATE_LIMIT: '100000000' } });
  return { origin: server.url.replace(/\/$/, ''), pid: server.pid, stop: server.stop };
}

/** The storage tests' PostgreSQL helper, bundled from TypeScript as bench/ does for its other entries. */
async function loadTestPostgres() {
  mkdirSync('.bench', { recursive: true });
  const build = await rolldown({ input: 'packages/server/src/storage/test-postgres.ts', platform: 'node', logLevel: 'silent' });
  await build.write({ file: '.bench/test-postgres.mjs', format: 'esm' });
  await build.close();
  return import(pathToFileURL('.bench/test-postgres.mjs').href);
}

async function registerAccounts(origin) {
  const accounts = Array.from({ length: ACCOUNTS }, (_, index) => {
    const accountId = b64url(randomBytes(32));
    const authKey = b64url(randomBytes(32));
    return { accountId, authKey, authorization: `Ebb ${accountId}.${authKey}`, device: `bench${index}`, counter: 0, cursor: undefined };
  });
  // A few at a time: each registration hashes its key with Argon2id.
  for (let start = 0; start < accounts.length; start += 8) {
    await Promise.all(
      accounts.slice(start, start + 8).map(async ({ accountId, authKey }) => {
        const response = await fetch(`${origin}/api/accounts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ accountId, authKey }),
        });
        if (response.status !== 201) throw new Error(`registering an account: ${response.status} ${await response.text()}`);
      }),
    );
  }
  return accounts;
}

/** Requests for autocannon: each connection pushes for the next account in turn, then pulls that account's changes. */
function syncRequests(accounts) {
  let next = 0;
  const version = (account) => {
    account.counter += 1;
    return `${Date.now().toString(16).padStart(12, '0')}-${account.counter.toString(16).padStart(6, '0')}-${account.device}`;
  };
  return [
    {
      method: 'POST',
      path: '/api/records',
      setupRequest: (request, context) => {
        const account = accounts[next++ % accounts.length];
        context.account = account;
        const records = Array.from({ length: RECORDS_PER_PUSH }, () => ({
          id: b64url(randomBytes(32)),
          version: version(account),
          ciphertext: b64url(randomBytes(300)),
        }));
        return {
          ...request,
          headers: { ...request.headers, 'content-type': 'application/json', authorization: account.authorization },
          body: JSON.stringify({ records }),
        };
      },
    },
    {
      method: 'GET',
      setupRequest: (request, context) => {
        const { account } = context;
        const after = account.cursor === undefined ? '' : `&after=${encodeURIComponent(account.cursor)}`;
        return { ...request, path: `/api/records?limit=100${after}`, headers: { ...request.headers, authorization: account.authorization } };
      },
      onResponse: (status, body, context) => {
        if (status === 200) context.account.cursor = JSON.parse(body).cursor;
      },
    },
  ];
}

/** One autocannon run; resolves with its result and how many failed requests of each kind (error code). */
async function load(origin, accounts, seconds, connections) {
  const failures = {};
  const instance = autocannon({ url: origin, connections, duration: seconds, requests: syncRequests(accounts) });
  instance.on('reqError', (error) => {
    const kind = error.code ?? error.message;
    failures[kind] = (failures[kind] ?? 0) + 1;
  });
  return { result: await instance, failures };
}

/** CPU time a process has used so far, in ms (user + system; clock ticks are 1/100 s on Linux), or null. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

async function run(server, accounts, seconds, connections) {
  const cpuBefore = cpuMs(server.pid);
  const { result, failures } = await load(server.origin, accounts, seconds, connections);
  const cpuAfter = cpuMs(server.pid);
  const figures = {
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requestsPerSecond: Math.round(result.requests.average),
    requests: result.requests.total,
    serverCpuMsPer1000: cpuBefore === null || cpuAfter === null ? null : Math.round(((cpuAfter - cpuBefore) / result.requests.total) * 1000),
    non2xx: result.non2xx,
    errors: result.errors, // timeouts included
    ...(result.errors > 0 ? { failures } : {}),
  };
  if (figures.non2xx > 0 || figures.errors > 0) process.stderr.write(`P8: ${figures.non2xx} answers other than 2xx, ${figures.errors} errors\n`);
  return { ...figures, withinBudget: figures.p99Ms <= SYNC_P99_BUDGET_MS && figures.non2xx === 0 && figures.errors === 0 };
}

/** Each connection sends its next request as soon as it has an answer: with 100 of them, latency is mostly
 *  queueing (connections ÷ throughput), so p99 ≤ 50 ms asks for well over 2,000 requests a second. */
async function measure(server, seconds, connections) {
  const accounts = await registerAccounts(server.origin);
  await load(server.origin, accounts, WARM_UP_SECONDS, connections);
  return run(server, accounts, seconds, connections);
}

/** P8 on SQLite, then on PostgreSQL. Needs the build (`npm run build`). */
export async function syncBenchmark({ seconds = 20, connections = 100, databases = ['sqlite', 'postgres'] } = {}) {
  const result = { connections, seconds, budgetP99Ms: SYNC_P99_BUDGET_MS };
  if (databases.includes('sqlite')) {
    const dataDir = mkdtempSync(join(tmpdir(), 'ebb-bench-sync-'));
    const server = await startServer({ EBB_DATA_DIR: dataDir });
    try {
      result.sqlite = await measure(server, seconds, connections);
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
    process.stderr.write(`P8 SQLite: ${JSON.stringify(result.sqlite)}\n`);
  }
  if (databases.includes('postgres')) {
    const { startTestPostgres } = await loadTestPostgres();
    const postgres = await startTestPostgres({ durableCommits: true });
    try {
      postgres.createDatabase('ebb_bench');
      const server = await startServer({ DATABASE_URL: postgres.url('ebb_bench') });
      try {
        result.postgres = await measure(server, seconds, connections);
      } finally {
        await server.stop();
      }
    } finally {
      postgres.stop();
    }
    process.stderr.write(`P8 PostgreSQL: ${JSON.stringify(result.postgres)}\n`);
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
  if (!args.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) process.exit(1);
  }
  const databases = args.includes('--only') ? [args[args.indexOf('--only') + 1]] : undefined;
  const P8_sync = await syncBenchmark({ seconds: option('--seconds', 20), connections: option('--connections', 100), databases });
  console.log(JSON.stringify({ P8_sync }));
}
