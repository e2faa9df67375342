// The embedded default: one SQLite file, migrated on open.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database-schema.ts';
import { kyselySyncStorage } from './kysely-sync-storage.ts';
import { migrateToLatest } from './migrate.ts';
import { sqliteTypes } from './migrations.ts';
import type { SyncStorage } from './sync-storage.ts';

export async function openSqliteStorage(file: string): Promise<SyncStorage> {
  const database = new BetterSqlite3(file);
  // WAL lets reads run beside the one writer; foreign keys are off by default in SQLite.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // In WAL mode, NORMAL flushes to disk at checkpoints rather than at every commit: a committed push survives
  // the process being killed (it is in the WAL, which the OS holds), and only a crash of the machine itself
  // can undo the last few commits, never corrupt the file. A flush per commit would stall every request
  // (better-sqlite3 runs on the event loop) for the disk's flush time: five times slower under bench P8.
  database.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  try {
    await migrateToLatest(db, sqliteTypes);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return kyselySyncStorage(db, { lockRows: false });
}
