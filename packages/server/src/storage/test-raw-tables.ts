// For tests: every row of every table, read straight from the database file or server rather than through
// storage, to check what a breached server would hold.
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';

export type RawTables = Record<string, Record<string, unknown>[]>;

export function sqliteRawTables(file: string): Promise<RawTables> {
  const raw = new BetterSqlite3(file, { readonly: true });
  try {
    const names = raw.prepare<[], { name: string }>("select name from sqlite_master where type = 'table'").all();
    return Promise.resolve(Object.fromEntries(names.map(({ name }) => [name, raw.prepare<[], Record<string, unknown>>(`select * from "${name}"`).all()])));
  } finally {
    raw.close();
  }
}

export async function postgresRawTables(url: string): Promise<RawTables> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const names = await client.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = 'public'");
    const tables: RawTables = {};
    for (const { table_name: table } of names.rows) tables[table] = (await client.query<Record<string, unknown>>(`select * from "${table}"`)).rows;
    return tables;
  } finally {
    await client.end();
  }
}
