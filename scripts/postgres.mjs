// Where PostgreSQL's server programs are for the storage tests: EBB_POSTGRES_BIN, else the newest Debian
// /usr/lib/postgresql/<version>/bin. If none is there and we are root, installs Debian's `postgresql` package;
// otherwise says how to.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const debianRoot = '/usr/lib/postgresql';

export function postgresBin() {
  if (process.env.EBB_POSTGRES_BIN) return process.env.EBB_POSTGRES_BIN;
  if (!existsSync(debianRoot)) return undefined;
  const versions = readdirSync(debianRoot)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(debianRoot, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(debianRoot, versions[0], 'bin') : undefined;
}

export const postgresMissing =
  'PostgreSQL was not found (the storage tests start a real one). Install it with "sudo apt-get install postgresql" ' +
  '(Debian/Ubuntu), or set EBB_POSTGRES_BIN to the folder holding initdb and pg_ctl.';

export function ensurePostgres() {
  const found = postgresBin();
  if (found) return found;
  if (process.getuid?.() === 0 && !process.env.EBB_POSTGRES_BIN) {
    console.log("PostgreSQL not found: installing Debian's postgresql package…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = postgresBin();
    if (installed) return installed;
  }
  throw new Error(postgresMissing);
}
