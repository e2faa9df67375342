// PostgreSQL when DATABASE_URL is set: a connection pool, migrated on open.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database-schema.ts';
import { kyselySyncStorage } from './kysely-sync-storage.ts';
import { migrateToLatest } from './migrate.ts';
import { postgresTypes } from './migrations.ts';
import type { SyncStorage } from './sync-storage.ts';

const int8 = 20;

/** bigint columns (change numbers, times, views) stay below 2^53, so they come back as numbers, not strings. */
const types: pg.CustomTypesConfig = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === int8 && format !== 'binary' ? Number : pg.types.getTypeParser(oid, format)),
};

export async function openPostgresStorage(connectionString: string): Promise<SyncStorage> {
  const pool = new pg.Pool({ connectionString, types, max: 10 });
  // An idle connection dropped by a restarting database is an 'error' event: without a listener it would end
  // the process. The pool replaces the connection; requests meanwhile fail and are answered 503.
  pool.on('error', () => undefined);
  // A connection in use (between a transaction's queries) dropped the same way errors on its own client.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db, postgresTypes);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return kyselySyncStorage(db, { lockRows: true });
}
