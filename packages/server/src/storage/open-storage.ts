// Chooses the database from the environment: PostgreSQL at DATABASE_URL, else SQLite in EBB_DATA_DIR.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openPostgresStorage } from './open-postgres-storage.ts';
import { openSqliteStorage } from './open-sqlite-storage.ts';
import type { SyncStorage } from './sync-storage.ts';

export async function openStorage(env: NodeJS.ProcessEnv = process.env): Promise<SyncStorage> {
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== '') return openPostgresStorage(url);
  const dataDir = resolve(env.EBB_DATA_DIR ?? 'data');
  // 0700: the database holds only ciphertext, but its sizes and times are nobody else's business.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return openSqliteStorage(join(dataDir, 'ebb.sqlite'));
}
