// The background sync scheduler: one run at a time (a request meanwhile runs once more after it), nothing while
// sync is off, a failure said and retried later, and an account deleted elsewhere turning sync off here
// without deleting anything this device holds.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { signal } from '@preact/signals';
import {
  EncryptedStore,
  generateVaultKey,
  journalRecord,
  MemoryBackend,
  SYNC_ACCOUNT_ID,
  SYNC_STATE_ID,
  syncAccountRecord,
  syncStateRecord,
  SyncTransportError,
  type Store,
  type SyncReport,
} from '@ebb/core';
import type * as core from '@ebb/core';

const vault = vi.hoisted(() => ({ store: undefined as Store | undefined }));
const syncOnce = vi.hoisted(() => vi.fn<() => Promise<SyncReport>>());

vi.mock('../state/vault-state.ts', () => ({
  getStore: () => Promise.resolve(vault.store),
  onVaultLock: () => undefined,
  vaultStatus: signal('open'),
}));
vi.mock('./server-account.ts', () => ({
  ensureServerAccount: () => Promise.resolve({ authorization: 'Ebb a.b', keys: {}, account: { deviceId: 'phone' } }),
  linkAccount: vi.fn(),
  readSyncAccount: vi.fn(),
  serverAccountOf: vi.fn(),
}));
vi.mock('@ebb/core', async (original) => ({ ...(await original<typeof core>()), syncOnce }));

const report: SyncReport = { pulled: 0, pushed: 0, applied: 0, conflicts: 0, held: 0, refused: 0, complete: true };
const account = { secret: 'A'.repeat(43), deviceId: 'phone', registered: true, syncing: true, lastSyncedAt: null };

async function load() {
  vi.resetModules();
  return await import('./background-sync.ts');
}

beforeEach(async () => {
  vi.stubGlobal('navigator', {});
  vi.stubGlobal('window', { addEventListener: vi.fn(), removeEventListener: vi.fn() });
  vi.stubGlobal('document', { addEventListener: vi.fn(), removeEventListener: vi.fn(), visibilityState: 'visible' });
  vault.store = new EncryptedStore(new MemoryBackend(), await generateVaultKey());
  syncOnce.mockReset();
});

describe('background sync', () => {
  it('does nothing while sync is off on this device', async () => {
    const sync = await load();
    await sync.runSync();
    expect(syncOnce).not.toHaveBeenCalled();
    expect(sync.syncStatus.value).toEqual({ state: 'off' });
  });

  it('runs one sync at a time: asked again meanwhile, it runs once more after', async () => {
    await vault.store?.put(syncAccountRecord, SYNC_ACCOUNT_ID, account);
    let finish: () => void = () => undefined;
    syncOnce.mockImplementationOnce(() => new Promise((resolve) => (finish = () => resolve(report)))).mockResolvedValue(report);
    const sync = await load();
    const first = sync.runSync();
    await vi.waitFor(() => expect(syncOnce).toHaveBeenCalledOnce());
    expect(sync.syncStatus.value.state).toBe('syncing');
    void sync.runSync();
    void sync.runSync();
    finish();
    await first;
    expect(syncOnce).toHaveBeenCalledTimes(2);
    expect(sync.syncStatus.value.state).toBe('synced');
    expect((await vault.store?.get(syncAccountRecord, SYNC_ACCOUNT_ID))?.lastSyncedAt).toEqual(expect.any(Number));
  });

  it('says why a run failed, and tries again later by itself', async () => {
    vi.useFakeTimers();
    try {
      await vault.store?.put(syncAccountRecord, SYNC_ACCOUNT_ID, account);
      syncOnce.mockRejectedValueOnce(new SyncTransportError('offline', 'no answer')).mockResolvedValue(report);
      const sync = await load();
      sync.startBackgroundSync();
      await vi.advanceTimersByTimeAsync(1);
      await vi.waitFor(() => expect(sync.syncStatus.value).toMatchObject({ state: 'failed', reason: 'offline' }));
      await vi.advanceTimersByTimeAsync(15_000);
      await vi.waitFor(() => expect(sync.syncStatus.value.state).toBe('synced'));
      expect(syncOnce).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('turns sync off when the account was deleted from another device, keeping every record here', async () => {
    const store = vault.store;
    if (!store) throw new Error('no store');
    await store.put(syncAccountRecord, SYNC_ACCOUNT_ID, account);
    await store.put(journalRecord, 'e1', { createdAt: 1, updatedAt: 1, prompt: null, text: 'kept here', feelings: [], triggers: [] });
    await store.put(syncStateRecord, SYNC_STATE_ID, { clock: '0', cursor: null, records: {}, held: {} });
    syncOnce.mockRejectedValue(new SyncTransportError('unauthorized', 'account unknown'));
    const sync = await load();
    await sync.runSync();
    expect(sync.accountGone.value).toBe(true);
    expect(sync.syncStatus.value).toEqual({ state: 'off' });
    expect(await store.get(syncAccountRecord, SYNC_ACCOUNT_ID)).toMatchObject({ syncing: false, registered: false });
    expect(await store.get(syncStateRecord, SYNC_STATE_ID)).toBeUndefined();
    expect((await store.get(journalRecord, 'e1'))?.text).toBe('kept here');
  });
});
