// The schema's migrations, in code and in order, for Kysely's Migrator; the two dialects differ only in types.
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/** Column types that differ between SQLite and PostgreSQL. */
export interface DialectTypes {
  readonly bytes: 'blob' | 'bytea';
  readonly integer: 'integer' | 'bigint';
}

export const sqliteTypes: DialectTypes = { bytes: 'blob', integer: 'integer' };
export const postgresTypes: DialectTypes = { bytes: 'bytea', integer: 'bigint' };

function migrations(types: DialectTypes): Record<string, Migration> {
  return {
    '0001-accounts-records-shares': {
      // Kysely<unknown>: a migration must not depend on today's schema types.
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('accounts')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('auth_key_hash', 'text', (c) => c.notNull())
          .addColumn('last_change', types.integer, (c) => c.notNull().defaultTo(0))
          .addColumn('created_at', types.integer, (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('records')
          .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
          .addColumn('record_id', 'text', (c) => c.notNull())
          .addColumn('version', 'text', (c) => c.notNull())
          .addColumn('change', types.integer, (c) => c.notNull())
          .addColumn('size', types.integer, (c) => c.notNull())
          .addColumn('ciphertext', types.bytes, (c) => c.notNull())
          .addPrimaryKeyConstraint('records_pk', ['account_id', 'record_id'])
          .execute();
        await db.schema.createIndex('records_by_change').on('records').columns(['account_id', 'change']).unique().execute();
        await db.schema
          .createTable('shares')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
          .addColumn('ciphertext', types.bytes, (c) => c.notNull())
          .addColumn('size', types.integer, (c) => c.notNull())
          .addColumn('expires_at', types.integer, (c) => c.notNull())
          .addColumn('revoked_at', types.integer)
          .addColumn('views', types.integer, (c) => c.notNull().defaultTo(sql`0`))
          .execute();
        await db.schema.createIndex('shares_by_account').on('shares').column('account_id').execute();
      },
    },
  };
}

/** The migrations for one dialect, as a provider for Kysely's Migrator. */
export function migrationProvider(types: DialectTypes): MigrationProvider {
  return { getMigrations: () => Promise.resolve(migrations(types)) };
}
