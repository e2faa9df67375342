// Brings a database to the newest schema when storage opens; a failed migration stops the server from starting.
import { Migrator, type Kysely } from 'kysely';
import { migrationProvider, type DialectTypes } from './migrations.ts';
import type { Database } from './database-schema.ts';

export async function migrateToLatest(db: Kysely<Database>, types: DialectTypes): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(types) });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) throw error instanceof Error ? error : new Error(`migration failed: ${String(error)}`);
}
