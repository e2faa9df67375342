// The device's records as the sync engine sees them: two vaults synced through the in-memory server with the
// real server's rules carry an entry across and a deletion back; a change from elsewhere never overwrites a
// record saved here meanwhile; device-only records never travel; and the engine's state is kept sealed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  deriveSyncKeys,
  encodeRecord,
  EncryptedStore,
  generateSyncSecret,
  generateVaultKey,
  journalRecord,
  MemoryBackend,
  recordHash,
  SYNC_ACCOUNT_ID,
  syncAccountRecord,
  syncOnce,
  type JournalEntry,
  type Store,
} from '@ebb/core';
import { MemorySyncServer } from '../../../core/src/sync/memory-sync-server.test-support.ts';
import { deviceRecords } from './device-records.ts';

const entry = (text: string, at: number): JournalEntry => ({ createdAt: at, updatedAt: at, prompt: null, text, feelings: [], triggers: [] });

async function device() {
  const backend = new MemoryBackend();
  const store: Store = new EncryptedStore(backend, await generateVaultKey());
  const applied = vi.fn();
  return { backend, store, applied, local: deviceRecords(store, applied) };
}

beforeEach(() => {
  // Node has no Web Locks: the write lock runs the write directly, as in a browser without them.
  vi.stubGlobal('navigator', {});
});

describe('deviceRecords', () => {
  it('carries an entry to another device and a deletion back, telling the app only when it wrote', async () => {
    const server = new MemorySyncServer();
    const keys = await deriveSyncKeys(generateSyncSecret());
    const phone = await device();
    const laptop = await device();
    const sync = (d: Awaited<ReturnType<typeof device>>, deviceId: string) =>
      syncOnce({ local: d.local, transport: server.transport(), keys, deviceId, now: Date.now });

    await phone.store.put(journalRecord, 'e1', entry('a walk by the canal', 1_700_000_000_000));
    await phone.store.put(syncAccountRecord, SYNC_ACCOUNT_ID, {
      secret: 'A'.repeat(43),
      deviceId: 'phone',
      registered: true,
      syncing: true,
      lastSyncedAt: null,
    });
    await sync(phone, 'phone');
    expect(phone.applied).not.toHaveBeenCalled();
    await sync(laptop, 'laptop');
    expect(laptop.applied).toHaveBeenCalledOnce();
    expect((await laptop.store.get(journalRecord, 'e1'))?.text).toBe('a walk by the canal');
    // The link to the account stays on the device that made it.
    expect(await laptop.store.get(syncAccountRecord, SYNC_ACCOUNT_ID)).toBeUndefined();

    await laptop.store.delete(journalRecord, 'e1');
    await sync(laptop, 'laptop');
    await sync(phone, 'phone');
    expect(await phone.store.get(journalRecord, 'e1')).toBeUndefined();
    // Only sealed bytes at rest, for the engine's state too.
    const raw = (await phone.backend.listAll()).map((r) => new TextDecoder('latin1').decode(r.envelope)).join('');
    expect(raw).not.toContain('canal');
    expect(await phone.local.loadState()).toBeDefined();
  });

  it('leaves a record saved here meanwhile as it is, and hands the change back', async () => {
    const phone = await device();
    const before = entry('first words', 1_700_000_000_000);
    await phone.store.put(journalRecord, 'e1', before);
    const expectedHash = await recordHash(encodeRecord(journalRecord, before));
    // Saved again here after the engine read it.
    await phone.store.put(journalRecord, 'e1', entry('words typed meanwhile', 1_700_000_100_000));
    const change = { type: journalRecord.type, id: 'e1', data: encodeRecord(journalRecord, entry('from elsewhere', 1_700_000_050_000)), expectedHash };
    const fresh = { type: journalRecord.type, id: 'e2', data: encodeRecord(journalRecord, entry('a new one', 1_700_000_060_000)), expectedHash: null };
    expect(await phone.local.apply([change, fresh])).toEqual([change]);
    expect((await phone.store.get(journalRecord, 'e1'))?.text).toBe('words typed meanwhile');
    expect((await phone.store.get(journalRecord, 'e2'))?.text).toBe('a new one');
    expect(phone.applied).toHaveBeenCalledOnce();
  });

  it('never writes a kind this Ebb does not know', async () => {
    const phone = await device();
    const unknown = { type: 'from-the-future', id: 'x', data: { v: 1, data: {} }, expectedHash: null };
    expect(await phone.local.apply([unknown])).toEqual([]);
    expect(await phone.backend.listAll()).toEqual([]);
    expect(phone.applied).not.toHaveBeenCalled();
  });
});
