// For tests: starts a throwaway PostgreSQL on 127.0.0.1 at a free port in a temporary folder, and removes it
// after. initdb refuses root, so as root the cluster is made and run by the `postgres` user.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresBin, postgresMissing } from '../../../../scripts/postgres.mjs';

export interface TestPostgres {
  /** A connection URL for the database `name`, created empty by `createDatabase`. */
  readonly url: (name: string) => string;
  readonly createDatabase: (name: string) => void;
  /** Stops PostgreSQL as a crash would (`-m immediate`: no checkpoint, connections cut) and starts it again on
   *  the same data and port; it replays its write-ahead log on the way up. */
  readonly crashAndRestart: () => Promise<void>;
  readonly stop: () => void;
}

export interface TestPostgresOptions {
  /** Keep synchronous commits (the default turns them off for speed), so that a commit PostgreSQL has
   *  acknowledged survives `crashAndRestart`, as it would in production. */
  readonly durableCommits?: boolean;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startTestPostgres({ durableCommits = false }: TestPostgresOptions = {}): Promise<TestPostgres> {
  const bin = postgresBin();
  if (bin === undefined) throw new Error(postgresMissing);
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'ebb-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  // PostgreSQL's programs check they can read their working folder, so they run from `dir`.
  const commandFor = (program: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]] : [join(bin, program), args];
  const run = (program: string, args: string[]): string =>
    execFileSync(...commandFor(program, args), { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const runAsync = async (program: string, args: string[]): Promise<void> => void (await promisify(execFile)(...commandFor(program, args), { cwd: dir }));
  const data = join(dir, 'data');
  const port = await freePort();
  // fsync only matters if the machine itself crashes, which a test never does; synchronous_commit=off can lose
  // the last commits when PostgreSQL alone stops abruptly.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=${durableCommits ? 'on' : 'off'}`;
  const startArgs = ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start'];
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'ebb', '-E', 'UTF8', '--locale=C', '--no-sync']);
    run('pg_ctl', startArgs);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: (name) => `postgres://ebb@127.0.0.1:${port}/${name}`,
    createDatabase: (name) => void run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'ebb', name]),
    // Without blocking, so that clients in the same process keep sending while PostgreSQL is down.
    crashAndRestart: async () => {
      await runAsync('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      await runAsync('pg_ctl', startArgs);
    },
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
