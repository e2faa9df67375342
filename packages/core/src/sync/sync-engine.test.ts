// The sync engine's rules one by one, over the in-memory server with real records: what a device changed is
// pushed, what others changed is taken, both changed settles by the newer version (months merge), a joining
// device merges rather than replaces, unreadable records are kept, and failures leave nothing lost.
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeRecord } from '../records/define-record.ts';
import { checkInMonthRecord, emptyCheckIn } from '../diary/checkin-record.ts';
import { settingsRecord, type Settings } from '../records/settings.ts';
import { opaqueId } from './opaque-id.ts';
import { sealForSync } from './sync-record.ts';
import { SyncTransportError, type SyncTransport, type WireRecord } from './sync-transport.ts';
import { PUSH_BATCH_RECORDS } from './sync-engine.ts';
import { MemorySyncServer } from './memory-sync-server.test-support.ts';
import { SimDevice, settings, testKeys } from './sync-devices.test-support.ts';
import { syncEntryKey } from './sync-state-record.ts';
import type { SyncKeys } from './sync-keys.ts';

let keys: SyncKeys;
let server: MemorySyncServer;
let a: SimDevice;
let b: SimDevice;

beforeEach(async () => {
  keys = await testKeys();
  server = new MemorySyncServer();
  a = new SimDevice('devA', server, keys);
  b = new SimDevice('devB', server, keys);
});

const minute = 60_000;
const state = async (device: SimDevice) => {
  const saved = await device.local.loadState();
  if (!saved) throw new Error('no state');
  return saved;
};

describe('sync engine', () => {
  it('pushes a device’s records as ciphertext only, and a second device gets them all', async () => {
    a.writeJournal('j1', 'Walked to the river instead');
    a.checkIn('2026-11-03', 'slept badly');
    a.local.put('draft', 'journal:new', { v: 1, data: { fields: { text: 'half a thought' }, updatedAt: 1 } });
    const first = await a.sync();
    expect(first).toMatchObject({ pushed: 2, complete: true });
    expect(server.all()).toHaveLength(2); // the draft stays on the device
    const everything = server
      .all()
      .map((r) => `${r.id} ${r.version} ${new TextDecoder('latin1').decode(r.ciphertext)}`)
      .join('\n');
    for (const word of ['river', 'slept', 'journal', 'checkin', '2026-11', 'half']) expect(everything).not.toContain(word);
    const second = await b.sync();
    expect(second).toMatchObject({ pulled: 2, applied: 2, pushed: 0, complete: true });
    expect(b.journal('j1')?.text).toBe('Walked to the river instead');
    expect(b.days('2026-11').map((d) => d.note)).toEqual(['slept badly']);
  });

  it('sends an edit as a new version and a deletion as a tombstone; the other device follows both', async () => {
    a.writeJournal('j1', 'First words');
    a.writeJournal('j2', 'To be deleted');
    await a.sync();
    await b.sync();
    const before = (await state(a)).records[syncEntryKey('journal-entry', 'j1')]?.version ?? '';
    a.wall += minute;
    a.writeJournal('j1', 'Second words');
    a.local.remove('journal-entry', 'j2');
    expect(await a.sync()).toMatchObject({ pushed: 2, complete: true });
    const after = await state(a);
    expect((after.records[syncEntryKey('journal-entry', 'j1')]?.version ?? '') > before).toBe(true);
    expect(after.records[syncEntryKey('journal-entry', 'j2')]).toMatchObject({ deleted: true, pushed: true, hash: '' });
    expect(await b.sync()).toMatchObject({ applied: 2 });
    expect(b.journal('j1')?.text).toBe('Second words');
    expect(b.journal('j2')).toBeUndefined();
    // Nothing left to do: syncing again changes nothing anywhere.
    expect(await a.sync()).toMatchObject({ pushed: 0, applied: 0, complete: true });
    expect(await b.sync()).toMatchObject({ pushed: 0, applied: 0, complete: true });
  });

  it('settles a record changed on both devices by the newer version (last writer wins), the same on both', async () => {
    a.writeJournal('j1', 'Original');
    await a.sync();
    await b.sync();
    a.wall += minute;
    a.writeJournal('j1', 'Edited on A first');
    b.wall += 2 * minute;
    b.writeJournal('j1', 'Edited on B later');
    await a.sync();
    expect(await b.sync()).toMatchObject({ conflicts: 1, pushed: 1 });
    await a.sync();
    expect(a.journal('j1')?.text).toBe('Edited on B later');
    expect(b.journal('j1')?.text).toBe('Edited on B later');
  });

  it('takes a newer version even from a device whose clock is behind, once it has seen the later one', async () => {
    a.wall += 10 * minute;
    a.writeJournal('j1', 'From the device ahead');
    await a.sync();
    b.wall -= 60 * minute; // B's clock is an hour behind
    await b.sync();
    b.writeJournal('j1', 'Edited after reading it');
    await b.sync();
    await a.sync();
    expect(a.journal('j1')?.text).toBe('Edited after reading it');
  });

  it('merges a month changed on both devices: every day from both, the newer save of a shared day', async () => {
    a.checkIn('2026-11-01', 'A day one');
    await a.sync();
    await b.sync();
    a.wall += minute;
    a.checkIn('2026-11-02', 'A day two');
    a.checkIn('2026-11-01', 'A day one, again');
    b.wall += 2 * minute;
    b.checkIn('2026-11-03', 'B day three');
    await a.sync();
    expect(await b.sync()).toMatchObject({ conflicts: 1, applied: 1, pushed: 1, complete: true });
    await a.sync();
    const expected = [
      ['2026-11-01', 'A day one, again'],
      ['2026-11-02', 'A day two'],
      ['2026-11-03', 'B day three'],
    ];
    expect(a.days('2026-11').map((d) => [d.day, d.note])).toEqual(expected);
    expect(b.days('2026-11').map((d) => [d.day, d.note])).toEqual(expected);
  });

  it('merges a month even when the other device’s version is the older one (no day is lost to a clock)', async () => {
    a.checkIn('2026-11-01', 'shared');
    await a.sync();
    await b.sync();
    b.wall += 5 * minute;
    b.checkIn('2026-11-05', 'B, later clock'); // B's pending version is greater than A's coming one
    a.wall += minute;
    a.checkIn('2026-11-02', 'A, earlier clock');
    await a.sync();
    await b.sync();
    await a.sync();
    for (const device of [a, b]) expect(device.days('2026-11').map((d) => d.day)).toEqual(['2026-11-01', '2026-11-02', '2026-11-05']);
  });

  it('joins a device that already holds records by merging: the account’s settings win, nothing of either is lost', async () => {
    a.local.put(settingsRecord.type, 'settings', settings({ theme: 'dark', country: 'GB' }));
    a.writeJournal('j-a', 'Written on the first phone');
    a.checkIn('2026-11-01', 'first phone');
    await a.sync();
    // The joining phone wrote later (greater versions would win by the clock): its fresh settings must not.
    b.wall += 60 * minute;
    b.local.put(settingsRecord.type, 'settings', settings({ theme: 'light' }));
    b.writeJournal('j-b', 'Written on the new phone');
    b.checkIn('2026-11-02', 'new phone');
    const joined = await b.sync();
    expect(joined.complete).toBe(true);
    expect((b.local.get(settingsRecord.type, 'settings')?.data as Settings).theme).toBe('dark');
    expect(b.journal('j-a')?.text).toBe('Written on the first phone');
    expect(b.days('2026-11').map((d) => d.note)).toEqual(['first phone', 'new phone']);
    await a.sync();
    expect((a.local.get(settingsRecord.type, 'settings')?.data as Settings).theme).toBe('dark');
    expect(a.journal('j-b')?.text).toBe('Written on the new phone');
    expect(a.days('2026-11').map((d) => d.note)).toEqual(['first phone', 'new phone']);
  });

  it('keeps both versions of a journal entry both phones held before joining', async () => {
    a.writeJournal('j1', 'The first phone’s words');
    await a.sync();
    b.writeJournal('j1', 'The new phone’s words', a.wall + minute);
    await b.sync();
    await a.sync();
    for (const device of [a, b]) {
      const texts = [...device.local.records.values()].filter((r) => r.type === 'journal-entry').map((r) => (r.data.data as { text: string }).text);
      expect(texts.sort()).toEqual(['The first phone’s words', 'The new phone’s words']);
    }
  });

  it('never applies or overwrites a record this Ebb cannot read, and keeps it on the server', async () => {
    const month = await opaqueId(keys.idKey, 'checkin-month', '2026-11');
    const newer = await opaqueId(keys.idKey, 'mood-map', 'current');
    const v1 = '019a3c5b0000-000000-devC';
    server.push([
      {
        id: month,
        version: v1,
        ciphertext: await sealForSync(keys, month, v1, { type: 'checkin-month', id: '2026-11', data: { v: 99, data: { days: [], moods: [] } } }),
      },
      { id: newer, version: v1, ciphertext: await sealForSync(keys, newer, v1, { type: 'mood-map', id: 'current', data: { v: 1, data: {} } }) },
    ]);
    await a.sync();
    a.checkIn('2026-11-04', 'written here');
    const report = await a.sync();
    expect(report).toMatchObject({ held: 2, complete: true });
    expect(a.days('2026-11').map((d) => d.note)).toEqual(['written here']);
    expect(a.local.records.has(syncEntryKey('mood-map', 'current'))).toBe(false);
    expect(server.all().find((r) => r.id === month)?.version).toBe(v1);
    // An Ebb that can read it later takes it: the held copy is tried again on every sync.
    expect(Object.keys((await state(a)).held)).toHaveLength(2);
  });

  it('refuses records that do not open (tampered, another account’s, or moved), and syncs the rest', async () => {
    a.writeJournal('j1', 'Kept');
    await a.sync();
    const [good] = server.all();
    if (!good) throw new Error('nothing pushed');
    const tampered = good.ciphertext.slice();
    tampered[20] = (tampered[20] ?? 0) ^ 1;
    const forged: WireRecord = { id: 'x'.repeat(43), version: '019a3c5b0000-000000-evil', ciphertext: tampered };
    server.push([forged, { id: good.id, version: '0fffffffffff-000000-evil', ciphertext: good.ciphertext }]);
    const report = await b.sync();
    expect(report).toMatchObject({ refused: 2, applied: 0, complete: true });
  });

  it('survives a lost answer: the push was stored, the retry is harmless, nothing is duplicated', async () => {
    a.writeJournal('j1', 'Only once');
    server.loseAnswers = 1;
    await expect(a.sync()).rejects.toBeInstanceOf(SyncTransportError);
    expect(server.all()).toHaveLength(1);
    expect((await state(a)).records[syncEntryKey('journal-entry', 'j1')]?.pushed).toBe(false);
    expect(await a.sync()).toMatchObject({ pushed: 1, complete: true });
    expect((await state(a)).records[syncEntryKey('journal-entry', 'j1')]?.pushed).toBe(true);
    expect(server.all()).toHaveLength(1);
    await b.sync();
    expect(b.journal('j1')?.text).toBe('Only once');
  });

  it('throws when offline, keeping everything written, and finishes once back', async () => {
    a.writeJournal('j1', 'Offline words');
    server.offline = true;
    await expect(a.sync()).rejects.toMatchObject({ reason: 'offline' });
    expect(a.journal('j1')?.text).toBe('Offline words');
    server.offline = false;
    expect(await a.sync()).toMatchObject({ pushed: 1, complete: true });
  });

  it('resumes a pull from the last page it applied', async () => {
    for (let i = 0; i < 30; i++) a.writeJournal(`j${i}`, `entry ${i}`);
    await a.sync();
    server.pageSize = 10;
    let pulls = 0;
    const flaky: SyncTransport = {
      push: (records) => server.transport().push(records),
      pull: (cursor) => {
        if (++pulls === 3) return Promise.reject(new SyncTransportError('offline', 'dropped'));
        return server.transport().pull(cursor);
      },
    };
    await expect(b.sync(flaky)).rejects.toBeInstanceOf(SyncTransportError);
    expect(b.local.records.size).toBe(0); // a first sync applies nothing until it has everything
    await b.sync();
    expect(b.local.records.size).toBe(30);
    b.wall += minute;
    a.wall += minute;
    for (let i = 0; i < 25; i++) a.writeJournal(`j${i}`, `entry ${i}, edited`);
    await a.sync();
    pulls = 0;
    await expect(b.sync(flaky)).rejects.toBeInstanceOf(SyncTransportError);
    expect([...b.local.records.values()].filter((r) => (r.data.data as { text: string }).text.endsWith('edited'))).toHaveLength(20);
    const report = await b.sync();
    expect(report.pulled).toBe(5);
    expect([...b.local.records.values()].filter((r) => (r.data.data as { text: string }).text.endsWith('edited'))).toHaveLength(25);
  });

  it('pushes in batches of at most 100 records and 2 MiB', async () => {
    const sizes: number[][] = [];
    const counting: SyncTransport = {
      push: (records) => {
        sizes.push(records.map((r) => r.ciphertext.length));
        return server.transport().push(records);
      },
      pull: (cursor) => server.transport().pull(cursor),
    };
    for (let i = 0; i < 230; i++) a.writeJournal(`j${i}`, `entry ${i}`);
    for (let i = 0; i < 3; i++) a.writeJournal(`big${i}`, 'x'.repeat(19_000) + String(i));
    await a.sync(counting);
    expect(sizes.flat()).toHaveLength(233);
    for (const batch of sizes) expect(batch.length).toBeLessThanOrEqual(PUSH_BATCH_RECORDS);
    for (const batch of sizes) expect(batch.reduce((n, s) => n + s, 0)).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('saves after each push batch: an interrupted push goes on from where it stopped', async () => {
    for (let i = 0; i < 250; i++) a.writeJournal(`j${i}`, `entry ${i}`);
    let pushes = 0;
    const failing: SyncTransport = {
      push: (records) => (++pushes === 2 ? Promise.reject(new SyncTransportError('server', 'busy')) : server.transport().push(records)),
      pull: (cursor) => server.transport().pull(cursor),
    };
    await expect(a.sync(failing)).rejects.toMatchObject({ reason: 'server' });
    expect(server.all()).toHaveLength(PUSH_BATCH_RECORDS);
    expect(Object.values((await state(a)).records).filter((e) => e.pushed)).toHaveLength(PUSH_BATCH_RECORDS);
    expect(await a.sync()).toMatchObject({ pushed: 150, complete: true });
  });

  it('says it is not complete when every round races a newer write, and the next sync finishes', async () => {
    a.writeJournal('j1', 'Start');
    await a.sync();
    await b.sync();
    let writes = 0;
    const busy: SyncTransport = {
      pull: (cursor) => server.transport().pull(cursor),
      push: async (records) => {
        // Another device writes the same entry, later, just before each of A's pushes lands (stale), and
        // A's person writes again later still, so each round has a newer change of A's own to push.
        writes++;
        b.wall = a.wall + minute;
        b.writeJournal('j1', `B ${writes}`);
        await b.sync();
        a.wall = b.wall + minute;
        a.writeJournal('j1', `A ${writes}`);
        return server.transport().push(records);
      },
    };
    a.wall += minute;
    a.writeJournal('j1', 'A 0');
    expect(await a.sync(busy)).toMatchObject({ complete: false });
    expect(await a.sync()).toMatchObject({ complete: true });
    await b.sync();
    expect(a.journal('j1')).toEqual(b.journal('j1'));
  });

  it('pulls again when the server holds a newer version than the one pushed (stale), and settles it', async () => {
    a.writeJournal('j1', 'Start');
    await a.sync();
    await b.sync();
    a.wall += minute;
    b.wall += 2 * minute;
    a.writeJournal('j1', 'A, older');
    b.writeJournal('j1', 'B, newer');
    // B pushes between A's pull and A's push.
    let raced = false;
    const racing: SyncTransport = {
      pull: (cursor) => server.transport().pull(cursor),
      push: async (records) => {
        if (!raced) {
          raced = true;
          await b.sync();
        }
        return server.transport().push(records);
      },
    };
    expect(await a.sync(racing)).toMatchObject({ complete: true, conflicts: 1 });
    await b.sync();
    expect(a.journal('j1')?.text).toBe('B, newer');
    expect(b.journal('j1')?.text).toBe('B, newer');
  });

  it('never overwrites what the person writes while a sync runs: the write stays, and both are kept in the month', async () => {
    a.checkIn('2026-11-01', 'from A');
    await a.sync();
    await b.sync();
    a.wall += minute;
    a.checkIn('2026-11-02', 'A again');
    await a.sync();
    b.wall += 2 * minute;
    b.local.beforeApply = () => b.checkIn('2026-11-03', 'typed during the sync');
    const report = await b.sync();
    expect(report.complete).toBe(true);
    expect(b.days('2026-11').map((d) => d.note)).toEqual(['from A', 'A again', 'typed during the sync']);
    await a.sync();
    expect(a.days('2026-11').map((d) => d.note)).toEqual(['from A', 'A again', 'typed during the sync']);
  });

  it('keeps the state compact: a small entry per record', async () => {
    for (let i = 0; i < 100; i++) a.writeJournal(`j${i}`, `entry ${i}`);
    await a.sync();
    const saved = JSON.stringify(await state(a));
    expect(saved.length / 100).toBeLessThan(160);
  });

  it('migrates an older record from another device to this Ebb’s version before applying it', async () => {
    const month = await opaqueId(keys.idKey, 'checkin-month', '2026-10');
    const v1 = '019a3c5b0000-000000-devOld';
    // Written by an Ebb from before the thoughts-of-suicide row (check-in months version 1).
    const old: Record<string, unknown> = { ...emptyCheckIn('2026-10-30', 1) };
    delete old.suicidalThoughts;
    server.push([
      {
        id: month,
        version: v1,
        ciphertext: await sealForSync(keys, month, v1, { type: 'checkin-month', id: '2026-10', data: { v: 1, data: { days: [old] } } }),
      },
    ]);
    await a.sync();
    expect(a.local.get('checkin-month', '2026-10')).toEqual(encodeRecord(checkInMonthRecord, { days: [emptyCheckIn('2026-10-30', 1)] }));
  });
});
