// What someone with a copy of the browser's database finds, read as stored bytes: no kind, id, month or exact
// length of any record, and no wrong-try time; and a database an older Ebb wrote (records kept by kind and id)
// opens, moves into the at-rest layout and loses nothing.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EncryptedStore,
  checkInMonthRecord,
  emptyCheckIn,
  encodeRecord,
  helpContactRecord,
  importDeviceKey,
  newDeviceSecret,
  seal,
  settingsRecord,
  defaultSettings,
  toHex,
  utf8,
  wrapKeyUnderDevice,
  generateVaultKey,
  type RecordDefinition,
} from '@ebb/core';
import { openEbbDatabase, type EbbDatabase } from './idb-backend.ts';
import { openVaultKeys, recordBackend } from './vault-keys.ts';
import { SealedFailures } from './sealed-failures.ts';
import { FAILURES_ID } from './key-entries.ts';

let n = 0;
const freshName = () => `ebb-at-rest-${++n}`;

/** Every key and value of every object store, as hex of their bytes (strings as UTF-8). */
async function scanDatabase(db: EbbDatabase): Promise<string> {
  const parts: string[] = [];
  const hexOf = (value: unknown): string => {
    if (value instanceof Uint8Array) return toHex(value);
    if (typeof value === 'string' || typeof value === 'number') return toHex(utf8(String(value)));
    if (Array.isArray(value)) return value.map(hexOf).join('|');
    if (value && typeof value === 'object' && !(value instanceof CryptoKey))
      return Object.entries(value)
        .map(([k, v]) => `${toHex(utf8(k))}:${hexOf(v)}`)
        .join('|');
    return '';
  };
  for (const name of db.objectStoreNames) {
    const tx = db.transaction(name as 'vault');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    parts.push(...keys.map(hexOf), ...values.map(hexOf));
  }
  return parts.join('\n');
}

const present = (scan: string, word: string) => scan.includes(toHex(utf8(word)));

async function openVault(name = freshName()) {
  const db = await openEbbDatabase(name);
  const opened = await openVaultKeys(db);
  if (opened.state !== 'open') throw new Error('expected the vault to open');
  const ring = { current: opened.key };
  const store = new EncryptedStore(await recordBackend(db, ring, () => opened.epoch), ring);
  return { db, store, key: opened.key };
}

describe('at rest in IndexedDB', () => {
  it('no kind, id, month id, plan-version time or exact length is stored (generated records)', async () => {
    const note = fc.string({ minLength: 0, maxLength: 900 });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(fc.uuid(), note), { minLength: 1, maxLength: 6, selector: ([id]) => id }),
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }),
        async (people, year, month, versionAt) => {
          const { db, store } = await openVault();
          const monthId = `${year}-${String(month).padStart(2, '0')}`;
          for (const [id, text] of people) await store.put(helpContactRecord, id, { name: 'Sam', phone: '', note: text, createdAt: 1 });
          await store.put(checkInMonthRecord, monthId, { days: [emptyCheckIn(`${monthId}-03`, 1)] });
          await store.put(settingsRecord, 'settings', { ...defaultSettings, country: 'GB' });
          // A plan version's id is its save time in milliseconds: stored here as any record with that id.
          await store.put(helpContactRecord, String(versionAt), { name: 'Sam', phone: '', note: '', createdAt: versionAt });
          const scan = await scanDatabase(db);
          for (const word of ['help-contact', 'checkin-month', 'settings', monthId, String(versionAt), ...people.map(([id]) => id)])
            expect(present(scan, word), word).toBe(false);
          // Every stored value is a bucket's size plus 29 bytes: the content's exact length is not stored.
          const sizes = new Set((await db.getAll('vault')).map((box) => box.length - 29));
          for (const size of sizes) expect(size === 256 || (size > 256 && (size & (size - 1)) === 0) || size % 65_536 === 0, String(size)).toBe(true);
          expect((await store.list(helpContactRecord)).length).toBe(people.length + 1);
          db.close();
        },
      ),
      { numRuns: 15 },
    );
  }, 60_000);

  it('keeps the wrong-try record sealed: neither its count nor its time can be read', async () => {
    const { db } = await openVault();
    const failures = new SealedFailures(db);
    const lastAt = 1_764_500_123_456;
    await failures.saveFailures({ count: 4, lastAt });
    const scan = await scanDatabase(db);
    for (const word of [String(lastAt), 'lastAt', 'count']) expect(present(scan, word), word).toBe(false);
    expect(await failures.loadFailures()).toEqual({ count: 4, lastAt });
    await failures.saveFailures({ count: 0, lastAt: 0 });
    expect(await db.get('keys', FAILURES_ID)).toBeUndefined();
  });
});

/** Writes a database exactly as Ebb did before the at-rest layout (version 1: records by kind and id). */
async function legacyDatabase(name: string, records: Array<{ definition: RecordDefinition<unknown>; id: string; value: unknown }>) {
  const key = await generateVaultKey();
  const secret = newDeviceSecret();
  const slots = new Uint8Array(64);
  slots.set(secret);
  const final = { kind: 'vault' as const, value: await wrapKeyUnderDevice(await importDeviceKey(secret), key, 'vault-key') };
  const sealed = await Promise.all(
    records.map(async ({ definition, id, value }) => ({
      type: definition.type,
      id,
      envelope: await seal(key, { type: definition.type, id }, utf8(JSON.stringify(encodeRecord(definition, value)))),
    })),
  );
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('records', { keyPath: ['type', 'id'] }).createIndex('byType', 'type');
      request.result.createObjectStore('keys');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['records', 'keys'], 'readwrite');
    for (const r of sealed) tx.objectStore('records').put(r);
    const keys = tx.objectStore('keys');
    keys.put(slots, 'device-secret');
    keys.put(final, 'vault-keys');
    keys.put('0123456789abcdef', 'epoch');
    keys.put({ count: 2, lastAt: 1_764_000_000_000 }, FAILURES_ID);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('a database from before the at-rest layout', () => {
  it('opens, moves every record into the layout, and loses nothing', async () => {
    const name = freshName();
    const contacts = Array.from({ length: 300 }, (_, i) => ({ name: `Person ${i}`, phone: '', note: `note ${i}`, createdAt: i }));
    const month = { days: [emptyCheckIn('2026-11-03', 5)] };
    const settings = { ...defaultSettings, country: 'DE' as const };
    await legacyDatabase(name, [
      ...contacts.map((value, i) => ({ definition: helpContactRecord as RecordDefinition<unknown>, id: `p${i}`, value })),
      { definition: checkInMonthRecord as RecordDefinition<unknown>, id: '2026-11', value: month },
      { definition: settingsRecord as RecordDefinition<unknown>, id: 'settings', value: settings },
    ]);
    const { db, store } = await openVault(name);
    expect(await db.count('records')).toBe(0);
    expect(await db.count('vault')).toBe(302);
    expect((await store.list(helpContactRecord)).map((r) => r.value).sort((a, b) => a.createdAt - b.createdAt)).toEqual(contacts);
    expect(await store.get(checkInMonthRecord, '2026-11')).toEqual(month);
    expect(await store.get(settingsRecord, 'settings')).toEqual(settings);
    const scan = await scanDatabase(db);
    for (const word of ['help-contact', 'checkin-month', '2026-11', 'p299']) expect(present(scan, word), word).toBe(false);
    // The wrong-try record written before sealing is still read, and sealed once written again.
    const failures = new SealedFailures(db);
    expect(await failures.loadFailures()).toEqual({ count: 2, lastAt: 1_764_000_000_000 });
    await failures.saveFailures({ count: 3, lastAt: 1_764_000_000_001 });
    expect(present(await scanDatabase(db), '1764000000001')).toBe(false);
  }, 30_000);
});
