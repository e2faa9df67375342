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
  SHARE_LINKS_ID,
  shareLinksRecord,
  SYNC_ACCOUNT_ID,
  SYNC_STATE_ID,
  syncAccountRecord,
  syncStateRecord,
  SyncTransportError,
  type ShareLinkEntry,
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
const server = vi.hoisted(() => ({ readSyncAccount: vi.fn(), serverAccountOf: vi.fn() }));
vi.mock('./server-account.ts', () => ({
  ensureServerAccount: () => Promise.resolve({ authorization: 'Ebb a.b', keys: {}, account: { deviceId: 'phone' } }),
  linkAccount: vi.fn(),
  ...server,
}));
vi.mock('@ebb/core', async (original) => ({ ...(await original<typeof core>()), syncOnce }));

const report: SyncReport = { pulled: 0, pushed: 0, applied: 0, conflicts: 0, held: 0, refused: 0, complete: true };
const account = { secret: 'A'.repeat(43), deviceId: 'phone', registered: true, syncing: true, lastSyncedAt: null };
const link = (id: string, stopped: boolean): ShareLinkEntry => ({
  id: id.repeat(22),
  key: 'k'.repeat(43),
  kind: 'plan',
  madeAt: 1,
  expiresAt: 4_000_000_000_000,
  stopped,
});
const linksHere = async () => (await vault.store?.get(shareLinksRecord, SHARE_LINKS_ID))?.links.map((l) => l.stopped);

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
    await store.put(shareLinksRecord, SHARE_LINKS_ID, { links: [link('a', false), link('b', true), link('c', false)] });
    syncOnce.mockRejectedValue(new SyncTransportError('unauthorized', 'account unknown'));
    const sync = await load();
    await sync.runSync();
    expect(sync.accountGone.value).toBe(true);
    expect(sync.syncStatus.value).toEqual({ state: 'off' });
    expect(await store.get(syncAccountRecord, SYNC_ACCOUNT_ID)).toMatchObject({ syncing: false, registered: false });
    expect(await store.get(syncStateRecord, SYNC_STATE_ID)).toBeUndefined();
    expect((await store.get(journalRecord, 'e1'))?.text).toBe('kept here');
    // The account's shares went with it: every link made here says it has stopped.
    expect(await linksHere()).toEqual([true, true, true]);
  });

  it('keeps sync on, and says so, when the links cannot be marked stopped after the account is gone', async () => {
    const store = vault.store;
    if (!store) throw new Error('no store');
    await store.put(syncAccountRecord, SYNC_ACCOUNT_ID, account);
    await store.put(shareLinksRecord, SHARE_LINKS_ID, { links: [link('a', false)] });
    syncOnce.mockRejectedValue(new SyncTransportError('unauthorized', 'account unknown'));
    const sync = await load();
    vi.spyOn(store, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await sync.runSync();
    expect(sync.accountGone.value).toBe(false);
    expect(sync.syncStatus.value).toMatchObject({ state: 'failed', reason: 'storage' });
    expect(await store.get(syncAccountRecord, SYNC_ACCOUNT_ID)).toMatchObject({ syncing: true });
    expect(await linksHere()).toEqual([false]);
  });
});

describe('turning sync off', () => {
  let sent: string[];
  beforeEach(async () => {
    await vault.store?.put(syncAccountRecord, SYNC_ACCOUNT_ID, account);
    await vault.store?.put(shareLinksRecord, SHARE_LINKS_ID, { links: [link('a', false), link('b', false)] });
    server.readSyncAccount.mockResolvedValue(account);
    server.serverAccountOf.mockResolvedValue({ authorization: 'Ebb a.b' });
    sent = [];
    vi.stubGlobal('fetch', (path: string, init: RequestInit) => {
      sent.push(`${init.method ?? 'GET'} ${path}`);
      return Promise.resolve(new Response(null, { status: 204 }));
    });
  });

  it('with the copy on the server deleted, marks every share link made here stopped', async () => {
    const sync = await load();
    await sync.turnOffSync({ deleteServerCopy: true });
    expect(sent).toEqual(['DELETE /api/account']);
    expect(await linksHere()).toEqual([true, true]);
    expect(await vault.store?.get(syncAccountRecord, SYNC_ACCOUNT_ID)).toMatchObject({ syncing: false, registered: false });
  });

  it('keeps the share links working when only this device stops syncing', async () => {
    const sync = await load();
    await sync.turnOffSync({ deleteServerCopy: false });
    expect(sent).toEqual([]);
    expect(await linksHere()).toEqual([false, false]);
    expect(await vault.store?.get(syncAccountRecord, SYNC_ACCOUNT_ID)).toMatchObject({ syncing: false, registered: true });
  });

  it('leaves sync on and the links as they were when the server cannot delete the account', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const sync = await load();
    await expect(sync.turnOffSync({ deleteServerCopy: true })).rejects.toMatchObject({ reason: 'offline' });
    expect(await linksHere()).toEqual([false, false]);
    expect(await vault.store?.get(syncAccountRecord, SYNC_ACCOUNT_ID)).toMatchObject({ syncing: true, registered: true });
  });
});
