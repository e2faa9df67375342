// SyncStorage over any Kysely database: the same queries serve SQLite and PostgreSQL.
import { sql, type Kysely } from 'kysely';
import type { Database } from './database-schema.ts';
import { assertOpaqueText } from './opaque-text.ts';
import type { PutRecordResult, ReadShareResult, RecordPage, ShareSummary, StoredRecord, SyncStorage } from './sync-storage.ts';

export interface KyselyStorageOptions {
  /** PostgreSQL: lock the account row so concurrent puts get distinct, ordered change numbers. SQLite
   *  serialises writers itself and has no FOR UPDATE. */
  readonly lockRows: boolean;
}

/** Drivers hand back Buffers; callers get plain bytes. Drivers want Buffers; Uint8Arrays are wrapped, not copied. */
const toBytes = (value: Uint8Array): Uint8Array => new Uint8Array(value);
const toBuffer = (value: Uint8Array): Buffer => Buffer.from(value.buffer, value.byteOffset, value.byteLength);

function parseCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  if (!/^(0|[1-9][0-9]{0,15})$/.test(cursor)) throw new RangeError('cursor is not one this server gave');
  return Number(cursor);
}

export function kyselySyncStorage(db: Kysely<Database>, options: KyselyStorageOptions): SyncStorage {
  async function putRecords(accountId: string, records: readonly StoredRecord[]): Promise<PutRecordResult[]> {
    for (const record of records) {
      assertOpaqueText('record id', record.recordId);
      assertOpaqueText('version', record.version);
    }
    if (records.length === 0) return [];
    // One transaction for the whole push: one commit (one disk flush) however many records it carries.
    return db.transaction().execute(async (trx) => {
      const accountQuery = trx.selectFrom('accounts').select('last_change').where('id', '=', accountId);
      const account = await (options.lockRows ? accountQuery.forUpdate() : accountQuery).executeTakeFirst();
      if (account === undefined) return records.map((): PutRecordResult => ({ kind: 'no-account' }));
      const ids = [...new Set(records.map((record) => record.recordId))];
      const held = new Map(
        (await trx.selectFrom('records').select(['record_id', 'version']).where('account_id', '=', accountId).where('record_id', 'in', ids).execute()).map(
          (row) => [row.record_id, row.version],
        ),
      );
      let change = account.last_change;
      const rows = new Map<string, { version: string; change: number; size: number; ciphertext: Buffer }>();
      const results = records.map((record): PutRecordResult => {
        const version = held.get(record.recordId);
        // Versions are fixed-width hybrid logical clock stamps, so code-unit order is time order. In the
        // order given: a later copy of an id in the same batch is compared with the earlier one.
        if (version !== undefined && !(record.version > version)) return { kind: 'stale', storedVersion: version };
        change += 1;
        held.set(record.recordId, record.version);
        rows.set(record.recordId, { version: record.version, change, size: record.ciphertext.byteLength, ciphertext: toBuffer(record.ciphertext) });
        return { kind: 'stored', cursor: String(change) };
      });
      if (rows.size === 0) return results;
      await trx.updateTable('accounts').set({ last_change: change }).where('id', '=', accountId).execute();
      await trx
        .insertInto('records')
        .values([...rows].map(([recordId, row]) => ({ account_id: accountId, record_id: recordId, ...row })))
        .onConflict((conflict) =>
          conflict.columns(['account_id', 'record_id']).doUpdateSet((eb) => ({
            version: eb.ref('excluded.version'),
            change: eb.ref('excluded.change'),
            size: eb.ref('excluded.size'),
            ciphertext: eb.ref('excluded.ciphertext'),
          })),
        )
        .execute();
      return results;
    });
  }

  return {
    async createAccount(accountId, authKeyHash) {
      assertOpaqueText('account id', accountId);
      const result = await db
        .insertInto('accounts')
        .values({ id: accountId, auth_key_hash: authKeyHash, last_change: 0, created_at: Date.now() })
        .onConflict((conflict) => conflict.column('id').doNothing())
        .executeTakeFirst();
      return result.numInsertedOrUpdatedRows === 1n;
    },

    async findAccount(accountId) {
      const row = await db.selectFrom('accounts').select('auth_key_hash').where('id', '=', accountId).executeTakeFirst();
      return row === undefined ? undefined : { authKeyHash: row.auth_key_hash };
    },

    putRecords,

    async putRecord(accountId, record) {
      const [result] = await putRecords(accountId, [record]);
      if (result === undefined) throw new Error('putRecords gave no result for a record');
      return result;
    },

    async listRecords(accountId, cursor, limit): Promise<RecordPage> {
      const after = parseCursor(cursor);
      if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer');
      const rows = await db
        .selectFrom('records')
        .select(['record_id', 'version', 'change', 'ciphertext'])
        .where('account_id', '=', accountId)
        .where('change', '>', after)
        .orderBy('change')
        .limit(limit)
        .execute();
      const last = rows.at(-1);
      return {
        records: rows.map((row) => ({ recordId: row.record_id, version: row.version, ciphertext: toBytes(row.ciphertext) })),
        cursor: String(last === undefined ? after : last.change),
      };
    },

    async deleteAccount(accountId) {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('shares').where('account_id', '=', accountId).execute();
        await trx.deleteFrom('records').where('account_id', '=', accountId).execute();
        await trx.deleteFrom('accounts').where('id', '=', accountId).execute();
      });
    },

    async createShare(accountId, shareId, ciphertext, expiresAt) {
      assertOpaqueText('share id', shareId);
      const result = await db
        .insertInto('shares')
        .values({
          id: shareId,
          account_id: accountId,
          ciphertext: toBuffer(ciphertext),
          size: ciphertext.byteLength,
          expires_at: expiresAt.getTime(),
          revoked_at: null,
        })
        .onConflict((conflict) => conflict.column('id').doNothing())
        .executeTakeFirst();
      return result.numInsertedOrUpdatedRows === 1n;
    },

    async readShare(shareId, now): Promise<ReadShareResult> {
      // One statement checks and counts, so two readers at once both count and an expired share never does.
      const opened = await db
        .updateTable('shares')
        .set((eb) => ({ views: eb('views', '+', 1) }))
        .where('id', '=', shareId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now.getTime())
        .returning(['ciphertext', 'views'])
        .executeTakeFirst();
      if (opened !== undefined) return { kind: 'found', ciphertext: toBytes(opened.ciphertext), views: opened.views };
      const share = await db.selectFrom('shares').select('revoked_at').where('id', '=', shareId).executeTakeFirst();
      if (share === undefined) return { kind: 'missing' };
      return { kind: share.revoked_at === null ? 'expired' : 'revoked' };
    },

    async listShares(accountId): Promise<readonly ShareSummary[]> {
      const rows = await db
        .selectFrom('shares')
        .select(['id', 'views', 'expires_at', 'revoked_at'])
        .where('account_id', '=', accountId)
        .orderBy('expires_at')
        .orderBy('id')
        .execute();
      return rows.map((row) => ({ shareId: row.id, views: row.views, expiresAt: new Date(row.expires_at), revoked: row.revoked_at !== null }));
    },

    async revokeShare(accountId, shareId) {
      const result = await db
        .updateTable('shares')
        .set({ revoked_at: sql<number>`coalesce(revoked_at, ${Date.now()})` })
        .where('id', '=', shareId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },

    close: () => db.destroy(),
  };
}
