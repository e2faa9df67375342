// The one test suite every SyncStorage must pass; sqlite-storage.test.ts and postgres-storage.test.ts run it.
import { createCipheriv, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredRecord, SyncStorage } from './sync-storage.ts';

export interface StorageUnderTest {
  readonly storage: SyncStorage;
  /** Closes `storage` and opens the same database again (migrations run again), as a restarted server does. */
  readonly reopen: () => Promise<SyncStorage>;
  /** Every row of every table, table by table, read straight from the database rather than through storage. */
  readonly rawTables: () => Promise<Record<string, Record<string, unknown>[]>>;
  readonly dispose: () => Promise<void>;
}

const hour = 3_600_000;
const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const record = (recordId: string, version: string, ciphertext: Uint8Array = bytes(1, 2, 3)): StoredRecord => ({ recordId, version, ciphertext });
/** Fixed-width versions, as hybrid logical clock stamps are written, so text order is number order. */
const version = (n: number): string => n.toString(36).padStart(8, '0');

async function listAll(storage: SyncStorage, accountId: string, pageSize: number): Promise<{ records: StoredRecord[]; cursor: string }> {
  const records: StoredRecord[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await storage.listRecords(accountId, cursor, pageSize);
    records.push(...page.records);
    if (page.records.length === 0) return { records, cursor: page.cursor };
    cursor = page.cursor;
  }
}

export function describeSyncStorage(name: string, open: () => Promise<StorageUnderTest>): void {
  describe(`SyncStorage on ${name}`, () => {
    let subject: StorageUnderTest;
    let storage: SyncStorage;
    beforeEach(async () => {
      subject = await open();
      storage = subject.storage;
      await storage.createAccount('acct-a', '$argon2id$v=19$hash-a');
      await storage.createAccount('acct-b', '$argon2id$v=19$hash-b');
    });
    afterEach(() => subject.dispose());

    it('creates an account once and finds it by id', async () => {
      expect(await storage.findAccount('acct-a')).toEqual({ authKeyHash: '$argon2id$v=19$hash-a' });
      expect(await storage.createAccount('acct-a', 'another')).toBe(false);
      expect(await storage.findAccount('acct-a')).toEqual({ authKeyHash: '$argon2id$v=19$hash-a' });
      expect(await storage.findAccount('acct-unknown')).toBeUndefined();
      await expect(storage.createAccount('has space', 'h')).rejects.toThrow(RangeError);
    });

    it('stores a newer version and refuses an equal or older one without change, saying which it holds', async () => {
      expect(await storage.putRecord('acct-a', record('r1', version(5), bytes(5)))).toEqual({ kind: 'stored', cursor: '1' });
      expect(await storage.putRecord('acct-a', record('r1', version(5), bytes(5)))).toEqual({ kind: 'stale', storedVersion: version(5) });
      expect(await storage.putRecord('acct-a', record('r1', version(4), bytes(4)))).toEqual({ kind: 'stale', storedVersion: version(5) });
      expect((await storage.listRecords('acct-a', undefined, 10)).records).toEqual([record('r1', version(5), bytes(5))]);
      expect(await storage.putRecord('acct-a', record('r1', version(6), bytes(6)))).toEqual({ kind: 'stored', cursor: '2' });
      expect(await storage.listRecords('acct-a', undefined, 10)).toEqual({ records: [record('r1', version(6), bytes(6))], cursor: '2' });
    });

    it('stores a batch in order, each record compared with what is held and with earlier copies in the batch', async () => {
      await storage.putRecord('acct-a', record('held', version(5), bytes(5)));
      const results = await storage.putRecords('acct-a', [
        record('new', version(1), bytes(1)),
        record('held', version(4), bytes(4)),
        record('held', version(6), bytes(6)),
        record('new', version(3), bytes(3)),
        record('new', version(2), bytes(2)),
      ]);
      expect(results).toEqual([
        { kind: 'stored', cursor: '2' },
        { kind: 'stale', storedVersion: version(5) },
        { kind: 'stored', cursor: '3' },
        { kind: 'stored', cursor: '4' },
        { kind: 'stale', storedVersion: version(3) },
      ]);
      expect(await listAll(storage, 'acct-a', 10)).toEqual({
        records: [record('held', version(6), bytes(6)), record('new', version(3), bytes(3))],
        cursor: '4',
      });
      expect(await storage.putRecords('acct-a', [record('held', version(6))])).toEqual([{ kind: 'stale', storedVersion: version(6) }]);
      expect(await storage.putRecords('acct-a', [])).toEqual([]);
      expect(await storage.putRecords('acct-unknown', [record('x', version(1)), record('y', version(1))])).toEqual([
        { kind: 'no-account' },
        { kind: 'no-account' },
      ]);
      await expect(storage.putRecords('acct-a', [record('ok', version(9)), record('bad id', version(9))])).rejects.toThrow(RangeError);
      expect((await listAll(storage, 'acct-a', 10)).records.map((r) => r.recordId)).toEqual(['held', 'new']);
    });

    it('keeps every record of batches of one account pushed at once, with distinct cursors', async () => {
      const batches = Array.from({ length: 6 }, (_, b) => Array.from({ length: 10 }, (_, i) => record(`b${b}-${i}`, version(1))));
      const results = await Promise.all(batches.map((batch) => storage.putRecords('acct-a', batch)));
      const cursors = results.flat().map((r) => (r.kind === 'stored' ? r.cursor : 'none'));
      expect(new Set(cursors).size).toBe(60);
      expect((await listAll(storage, 'acct-a', 13)).records).toHaveLength(60);
    });

    it('refuses records for an unknown account, and ids or versions that are not short printable ASCII', async () => {
      expect(await storage.putRecord('acct-unknown', record('r1', version(1)))).toEqual({ kind: 'no-account' });
      await expect(storage.putRecord('acct-a', record('', version(1)))).rejects.toThrow(RangeError);
      await expect(storage.putRecord('acct-a', record('r1', 'é'))).rejects.toThrow(RangeError);
      await expect(storage.putRecord('acct-a', record('r'.repeat(129), version(1)))).rejects.toThrow(RangeError);
      expect((await storage.listRecords('acct-a', undefined, 10)).records).toEqual([]);
    });

    it('keeps bytes as bytes, every value and the empty ciphertext', async () => {
      const all = Uint8Array.from({ length: 256 }, (_, i) => i);
      await storage.putRecord('acct-a', record('all', version(1), all));
      await storage.putRecord('acct-a', record('empty', version(1), bytes()));
      const { records } = await storage.listRecords('acct-a', undefined, 10);
      expect(records.map((r) => r.ciphertext)).toEqual([all, bytes()]);
      expect(records[0]?.ciphertext).toBeInstanceOf(Uint8Array);
    });

    it('lists changes after a cursor in change order, page by page, one account at a time', async () => {
      for (const id of ['r1', 'r2', 'r3']) await storage.putRecord('acct-a', record(id, version(1)));
      await storage.putRecord('acct-b', record('r9', version(1)));
      await storage.putRecord('acct-a', record('r1', version(2)));
      const first = await storage.listRecords('acct-a', undefined, 2);
      expect(first.records.map((r) => r.recordId)).toEqual(['r2', 'r3']);
      const second = await storage.listRecords('acct-a', first.cursor, 2);
      expect(second.records.map((r) => [r.recordId, r.version])).toEqual([['r1', version(2)]]);
      const empty = await storage.listRecords('acct-a', second.cursor, 2);
      expect(empty).toEqual({ records: [], cursor: second.cursor });
      expect((await storage.listRecords('acct-b', undefined, 10)).records.map((r) => r.recordId)).toEqual(['r9']);
      await expect(storage.listRecords('acct-a', 'abc', 2)).rejects.toThrow(RangeError);
      await expect(storage.listRecords('acct-a', undefined, 0)).rejects.toThrow(RangeError);
    });

    it('gives concurrent puts distinct, ordered cursors and loses none', async () => {
      const ids = Array.from({ length: 20 }, (_, i) => `c${i}`);
      const results = await Promise.all(ids.map((id) => storage.putRecord('acct-a', record(id, version(1)))));
      const cursors = results.map((r) => (r.kind === 'stored' ? Number(r.cursor) : -1));
      expect(new Set(cursors).size).toBe(ids.length);
      expect(Math.min(...cursors)).toBe(1);
      const listed = await listAll(storage, 'acct-a', 7);
      expect(listed.records.map((r) => r.recordId).sort()).toEqual([...ids].sort());
      expect(listed.cursor).toBe(String(ids.length));
    });

    it('keeps everything across a restart, running the migrations again without harm', async () => {
      await storage.putRecord('acct-a', record('r1', version(1), bytes(4, 2)));
      await storage.createShare('acct-a', 'share-1', bytes(9), new Date(Date.now() + hour));
      storage = await subject.reopen();
      expect(await storage.findAccount('acct-a')).toEqual({ authKeyHash: '$argon2id$v=19$hash-a' });
      expect(await storage.listRecords('acct-a', undefined, 10)).toEqual({ records: [record('r1', version(1), bytes(4, 2))], cursor: '1' });
      expect(await storage.putRecord('acct-a', record('r2', version(1)))).toEqual({ kind: 'stored', cursor: '2' });
      expect(await storage.readShare('share-1', new Date())).toMatchObject({ kind: 'found', views: 1 });
    });

    it('keeps the greatest version when puts of one record race', async () => {
      const versions = [3, 9, 1, 7, 5, 8, 2, 6, 4];
      const results = await Promise.all(versions.map((v) => storage.putRecord('acct-a', record('race', version(v), bytes(v)))));
      expect(results.some((r) => r.kind === 'stored')).toBe(true);
      expect((await storage.listRecords('acct-a', undefined, 10)).records).toEqual([record('race', version(9), bytes(9))]);
    });

    it('deletes all of one account: the account, its records and its shares', async () => {
      await storage.putRecord('acct-a', record('r1', version(1)));
      await storage.createShare('acct-a', 'share-a', bytes(1), new Date(Date.now() + hour));
      await storage.putRecord('acct-b', record('r1', version(1)));
      await storage.createShare('acct-b', 'share-b', bytes(2), new Date(Date.now() + hour));
      await storage.deleteAccount('acct-a');
      expect(await storage.findAccount('acct-a')).toBeUndefined();
      expect((await storage.listRecords('acct-a', undefined, 10)).records).toEqual([]);
      expect(await storage.readShare('share-a', new Date())).toEqual({ kind: 'missing' });
      expect((await storage.listRecords('acct-b', undefined, 10)).records).toHaveLength(1);
      expect(await storage.readShare('share-b', new Date())).toMatchObject({ kind: 'found', views: 1 });
      const tables = await subject.rawTables();
      expect(JSON.stringify([tables.accounts, tables.records, tables.shares])).not.toContain('acct-a');
    });

    it('counts each view of a share and refuses it after expiry or revocation', async () => {
      const now = new Date('2026-06-01T12:00:00Z');
      const expires = new Date(now.getTime() + hour);
      expect(await storage.createShare('acct-a', 'share-1', bytes(7, 8), expires)).toBe(true);
      expect(await storage.createShare('acct-b', 'share-1', bytes(9), expires)).toBe(false);
      expect(await storage.readShare('share-1', now)).toEqual({ kind: 'found', ciphertext: bytes(7, 8), views: 1 });
      expect(await storage.readShare('share-1', now)).toEqual({ kind: 'found', ciphertext: bytes(7, 8), views: 2 });
      expect(await storage.readShare('share-1', expires)).toEqual({ kind: 'expired' });
      expect(await storage.readShare('share-unknown', now)).toEqual({ kind: 'missing' });
      expect(await storage.revokeShare('acct-b', 'share-1')).toBe(false);
      expect(await storage.readShare('share-1', now)).toMatchObject({ kind: 'found', views: 3 });
      expect(await storage.revokeShare('acct-a', 'share-1')).toBe(true);
      expect(await storage.revokeShare('acct-a', 'share-1')).toBe(true);
      expect(await storage.readShare('share-1', now)).toEqual({ kind: 'revoked' });
      expect(await storage.revokeShare('acct-a', 'share-unknown')).toBe(false);
    });

    it("lists an account's own shares with views, expiry and revocation, and no one else's", async () => {
      const soon = new Date('2030-01-01T00:00:00Z');
      const later = new Date('2030-02-01T00:00:00Z');
      expect(await storage.listShares('acct-a')).toEqual([]);
      await storage.createShare('acct-a', 'share-late', bytes(1), later);
      await storage.createShare('acct-a', 'share-soon', bytes(2), soon);
      await storage.createShare('acct-b', 'share-b', bytes(3), soon);
      await storage.readShare('share-late', new Date('2029-12-01T00:00:00Z'));
      await storage.revokeShare('acct-a', 'share-soon');
      expect(await storage.listShares('acct-a')).toEqual([
        { shareId: 'share-soon', views: 0, expiresAt: soon, revoked: true },
        { shareId: 'share-late', views: 1, expiresAt: later, revoked: false },
      ]);
      expect(await storage.listShares('acct-b')).toEqual([{ shareId: 'share-b', views: 0, expiresAt: soon, revoked: false }]);
      expect(await storage.listShares('acct-unknown')).toEqual([]);
    });

    it('counts every one of many simultaneous views', async () => {
      await storage.createShare('acct-a', 'share-busy', bytes(1), new Date(Date.now() + hour));
      const reads = await Promise.all(Array.from({ length: 12 }, () => storage.readShare('share-busy', new Date())));
      expect(reads.map((r) => (r.kind === 'found' ? r.views : 0)).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    });

    it('lists each id once at its greatest version after any puts, and a replay of them changes nothing', async () => {
      let run = 0;
      const put = fc.record({ id: fc.constantFrom('p1', 'p2', 'p3', 'p4'), version: fc.nat(20), byte: fc.nat(255) });
      await fc.assert(
        fc.asyncProperty(fc.array(put, { maxLength: 25 }), fc.integer({ min: 1, max: 5 }), async (puts, pageSize) => {
          const account = `prop-${(run += 1)}`;
          await storage.createAccount(account, 'h');
          const expected = new Map<string, StoredRecord>();
          for (const p of puts) {
            const next = record(p.id, version(p.version), bytes(p.byte));
            const held = expected.get(p.id);
            const result = await storage.putRecord(account, next);
            if (held === undefined || next.version > held.version) {
              expect(result.kind).toBe('stored');
              expected.set(p.id, next);
            } else {
              expect(result).toEqual({ kind: 'stale', storedVersion: held.version });
            }
          }
          const listed = await listAll(storage, account, pageSize);
          const byId = (a: StoredRecord, b: StoredRecord): number => a.recordId.localeCompare(b.recordId);
          expect([...listed.records].sort(byId)).toEqual([...expected.values()].sort(byId));
          for (const p of puts) expect((await storage.putRecord(account, record(p.id, version(p.version), bytes(p.byte)))).kind).toBe('stale');
          expect(await listAll(storage, account, pageSize)).toEqual(listed);
          await storage.deleteAccount(account);
        }),
        { numRuns: 30 },
      );
      // Hundreds of transactions: seconds on a busy machine.
    }, 60_000);

    it('holds no plaintext: the raw tables of ciphertext of known text contain none of it', async () => {
      const plaintext = 'Urge at 3am, held it off with the ice cube skill; told Sam on Tuesday';
      const key = randomBytes(32);
      const seal = (text: string): Uint8Array => {
        const iv = randomBytes(12);
        const cipher = createCipheriv('aes-256-gcm', key, iv);
        return Buffer.concat([iv, cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      };
      await storage.putRecord('acct-a', record('k3Jx9Q', version(1), seal(plaintext)));
      await storage.createShare('acct-a', 'sh-Zp02', seal(plaintext), new Date(Date.now() + hour));
      const words = ['Urge at 3am', 'ice cube', 'Tuesday', 'Sam'];
      const tables = await subject.rawTables();
      expect(tables.records).toHaveLength(1);
      expect(tables.shares).toHaveLength(1);
      for (const rows of Object.values(tables)) {
        for (const value of rows.flatMap((row) => Object.values(row))) {
          const text = value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : String(value);
          for (const word of words) expect(text).not.toContain(word);
        }
      }
      // Beyond ids, versions, sizes, times and the ciphertext, the server keeps nothing about a record.
      expect(Object.keys(tables.records?.[0] ?? {}).sort()).toEqual(['account_id', 'change', 'ciphertext', 'record_id', 'size', 'version']);
    });
  });
}
