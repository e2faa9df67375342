// For fault tests: the server's own entry (src/main.ts) bundled as it is now and run as a real Node process on a
// loopback port, serving a one-page web root, so it can be killed with SIGKILL and started again on the same
// database and port. Needs no `npm run build`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
/** Inside the repository's node_modules, so the bundle's own imports (fastify, pg…) resolve as the server's do. */
const bundleDir = join(repoRoot, 'node_modules', '.cache', 'ebb-server-under-test');

export interface ServerProcess {
  /** `http://127.0.0.1:<port>`, the same across restarts. */
  readonly origin: string;
  /** Kills the process with SIGKILL (no clean shutdown) and waits until it has exited. */
  readonly kill: () => Promise<void>;
  /** Starts the server again on the same environment and port. */
  readonly start: () => Promise<void>;
  /** Whether it is running, and the end of what it printed: for a failing test to say what happened. */
  readonly state: () => string;
  /** Stops it for good (SIGTERM, then SIGKILL if it lingers). */
  readonly stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

let bundled: Promise<string> | undefined;

/** Bundles src/main.ts with Ebb's own packages inlined and every npm package left to Node. Once per process. */
export function bundleServer(): Promise<string> {
  bundled ??= (async () => {
    mkdirSync(bundleDir, { recursive: true });
    const written = join(bundleDir, `main-${process.pid}.mjs`);
    const file = join(bundleDir, 'main.mjs');
    const build = await rolldown({
      input: join(repoRoot, 'packages/server/src/main.ts'),
      platform: 'node',
      external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('@ebb/') && !/^[A-Za-z]:/.test(id),
      logLevel: 'silent',
    });
    await build.write({ file: written, format: 'esm' });
    await build.close();
    // One file, replaced whole: test files bundling at the same time each leave the same, complete entry.
    renameSync(written, file);
    return file;
  })();
  return bundled;
}

/** A web root with just an index.html: the API is what these processes are for. */
function minimalWebRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'ebb-web-root-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><title>Ebb</title></head><body></body></html>');
  return root;
}

function waitForStart(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start within 20 s: ${output}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += String(chunk);
      if (output.includes('running at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${String(code)} before starting: ${output}`));
    });
  });
}

/** Starts the bundled server with `env` added to this process's environment (DATABASE_URL or EBB_DATA_DIR…). */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const entry = await bundleServer();
  const port = await freePort();
  const webRoot = minimalWebRoot();
  const fullEnv = { ...process.env, EBB_WEB_ROOT: webRoot, ...env, PORT: String(port), HOST: '127.0.0.1' };
  let child: ChildProcess | undefined;
  let output = '';
  const exited = (running: ChildProcess) =>
    running.exitCode !== null || running.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => running.once('exit', () => resolve()));

  const start = async () => {
    const started = spawn(process.execPath, [entry], { env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    await waitForStart(started);
    // Keep the end of what it prints (it prints little), and never let a full pipe stall it.
    output = '';
    const keep = (chunk: Buffer) => (output = (output + String(chunk)).slice(-2000));
    started.stdout?.on('data', keep);
    started.stderr?.on('data', keep);
  };
  const kill = async () => {
    if (child === undefined) return;
    const running = child;
    running.kill('SIGKILL');
    await exited(running);
  };
  await start();
  return {
    origin: `http://127.0.0.1:${port}`,
    kill,
    start,
    state: () => {
      const status =
        child === undefined || (child.exitCode === null && child.signalCode === null) ? 'running' : `exited (${String(child.exitCode ?? child.signalCode)})`;
      return `server ${status}; it printed: ${output || 'nothing'}`;
    },
    stop: async () => {
      if (child === undefined) return;
      const running = child;
      running.kill('SIGTERM');
      const timer = setTimeout(() => running.kill('SIGKILL'), 5000);
      await exited(running);
      clearTimeout(timer);
      rmSync(webRoot, { recursive: true, force: true });
    },
  };
}
