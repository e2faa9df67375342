// Sync in the background: while the vault is open and this device's account syncs, run the engine when Ebb
// opens, a few seconds after a change here, when the browser is back online or the page is shown again, and
// every few minutes; one run at a time (across tabs too), waiting longer after each failure. It never blocks a
// screen or a save: a run only reads the vault and writes changes from other devices under the write lock.
import { signal } from '@preact/signals';
import { SYNC_ACCOUNT_ID, SYNC_STATE_ID, syncAccountRecord, syncOnce, syncStateRecord, SyncTransportError } from '@ebb/core';
import { getStore, onVaultLock, vaultStatus } from '../state/vault-state.ts';
import { CHANGES_CHANNEL, withWriteLock, type Change } from '../state/tab-sync.ts';
import { describeStorageError } from '../state/describe-storage-error.ts';
import { deviceRecords } from './device-records.ts';
import { httpTransport } from './http-transport.ts';
import { ApiError, apiRequest } from './api-request.ts';
import { ensureServerAccount, linkAccount, readSyncAccount, serverAccountOf } from './server-account.ts';
import { markAllLinksStopped } from './share-links.ts';

/** Why a run did not finish: the server's answer, or this device's storage. */
export type SyncFailure = 'offline' | 'server' | 'refused' | 'storage';

export type SyncStatus =
  | { readonly state: 'off' }
  | { readonly state: 'syncing'; readonly lastSyncedAt: number | null }
  | { readonly state: 'synced'; readonly lastSyncedAt: number }
  | { readonly state: 'failed'; readonly reason: SyncFailure; readonly detail: string; readonly lastSyncedAt: number | null };

export const syncStatus = signal<SyncStatus>({ state: 'off' });
/** The server no longer knows the account (deleted from another device): sync turned off here, nothing deleted. */
export const accountGone = signal(false);

const AFTER_CHANGE_MS = 3_000;
const EVERY_MS = 5 * 60_000;
const FIRST_RETRY_MS = 15_000;
const LONGEST_RETRY_MS = 15 * 60_000;
const SYNC_LOCK = 'ebb-sync';

let started = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let timerAt = Infinity;
let running: Promise<void> | undefined;
let again = false;
let failures = 0;
/**
 * A channel of its own on the tabs' change channel: unlike the app's, it hears this tab's saves as well as
 * other tabs', and what it says (records written from other devices) reaches every tab, this one included,
 * which read their data again, but not itself, so a sync's own writes never ask for another sync.
 */
const changes = 'BroadcastChannel' in window ? new BroadcastChannel(CHANGES_CHANNEL) : undefined;

const lastSyncedAt = (): number | null => {
  const status = syncStatus.peek();
  return status.state === 'off' ? null : status.lastSyncedAt;
};

/** Runs a sync after `delay` ms, unless one is already due sooner. */
function schedule(delay: number): void {
  if (!started) return;
  const at = Date.now() + delay;
  if (timer !== undefined && timerAt <= at) return;
  clearTimeout(timer);
  timerAt = at;
  timer = setTimeout(() => {
    timer = undefined;
    timerAt = Infinity;
    void runSync();
  }, delay);
}

/** Why a run failed; undefined when the account is gone, so sync is now off here (nothing to say or retry). */
async function failureAfter(error: unknown): Promise<{ reason: SyncFailure; detail: string } | undefined> {
  if (!(error instanceof SyncTransportError)) return { reason: 'storage', detail: describeStorageError(error) };
  if (error.reason !== 'unauthorized') return { reason: error.reason, detail: '' };
  try {
    await turnOffAfterAccountGone();
    return undefined;
  } catch (storageError) {
    // Sync stays on, so the next run finds the account gone again and tries once more.
    return { reason: 'storage', detail: describeStorageError(storageError) };
  }
}

/** Forgets this device's sync progress, so that syncing again starts afresh (pull all, then combine). */
async function forgetProgress(): Promise<void> {
  const store = await getStore();
  await withWriteLock(() => store.delete(syncStateRecord, SYNC_STATE_ID));
}

/**
 * The account is gone from the server, and its share links with it: they are marked stopped here, sync is off
 * here, and what this device holds stays.
 */
async function turnOffAfterAccountGone(): Promise<void> {
  await markAllLinksStopped();
  const store = await getStore();
  await withWriteLock(async () => {
    const account = await store.get(syncAccountRecord, SYNC_ACCOUNT_ID);
    if (account) await store.put(syncAccountRecord, SYNC_ACCOUNT_ID, { ...account, syncing: false, registered: false });
    await store.delete(syncStateRecord, SYNC_STATE_ID);
  });
  accountGone.value = true;
  syncStatus.value = { state: 'off' };
}

async function runOnce(): Promise<void> {
  if (vaultStatus.peek() !== 'open') return;
  const store = await getStore();
  const account = await store.get(syncAccountRecord, SYNC_ACCOUNT_ID);
  if (!account?.syncing) {
    syncStatus.value = { state: 'off' };
    return;
  }
  const previous = account.lastSyncedAt ?? lastSyncedAt();
  syncStatus.value = { state: 'syncing', lastSyncedAt: previous };
  try {
    const server = await ensureServerAccount();
    const local = deviceRecords(store, () => changes?.postMessage('data' satisfies Change));
    const run = () => syncOnce({ local, transport: httpTransport(server.authorization), keys: server.keys, deviceId: server.account.deviceId, now: Date.now });
    const report = navigator.locks ? await navigator.locks.request(SYNC_LOCK, run) : await run();
    const now = Date.now();
    // Kept without announcing it: a finished sync is no change for other tabs or for this scheduler.
    await withWriteLock(async () => {
      const current = await store.get(syncAccountRecord, SYNC_ACCOUNT_ID);
      if (current?.syncing) await store.put(syncAccountRecord, SYNC_ACCOUNT_ID, { ...current, lastSyncedAt: now });
    });
    failures = 0;
    syncStatus.value = { state: 'synced', lastSyncedAt: now };
    if (!report.complete) schedule(AFTER_CHANGE_MS);
  } catch (error) {
    const failure = await failureAfter(error);
    if (!failure) return;
    const { reason, detail } = failure;
    failures++;
    syncStatus.value = { state: 'failed', reason, detail, lastSyncedAt: previous };
    schedule(Math.min(FIRST_RETRY_MS * 2 ** (failures - 1), LONGEST_RETRY_MS));
  }
}

/** Runs a sync now, or once more after the one running; resolves when done (never throws). */
export function runSync(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await runOnce().catch(() => undefined);
    } while (again);
    running = undefined;
  })();
  return running;
}

const onOnline = () => {
  failures = 0;
  schedule(0);
};
const onVisible = () => {
  if (document.visibilityState === 'visible') schedule(0);
};

/** Starts the scheduler when the vault opens (main.tsx); calling it again while started does nothing. */
export function startBackgroundSync(): void {
  if (started) return;
  started = true;
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  schedule(0);
}

/** Sync stops on lock: nothing decrypted is kept, and nothing runs until the vault opens again. */
function stopBackgroundSync(): void {
  started = false;
  clearTimeout(timer);
  timer = undefined;
  timerAt = Infinity;
  window.removeEventListener('online', onOnline);
  document.removeEventListener('visibilitychange', onVisible);
  syncStatus.value = { state: 'off' };
  accountGone.value = false;
}

onVaultLock(stopBackgroundSync);
changes?.addEventListener('message', (event: MessageEvent<Change>) => {
  if (event.data === 'data') schedule(AFTER_CHANGE_MS);
});
setInterval(() => schedule(0), EVERY_MS);

/** Turns sync on for this device's account (made and registered if need be), then syncs. Throws ApiError. */
export async function turnOnSync(): Promise<void> {
  await ensureServerAccount();
  const store = await getStore();
  await withWriteLock(async () => {
    const account = await store.get(syncAccountRecord, SYNC_ACCOUNT_ID);
    if (account) await store.put(syncAccountRecord, SYNC_ACCOUNT_ID, { ...account, syncing: true });
  });
  accountGone.value = false;
  startBackgroundSync();
  await runSync();
}

/**
 * Turns sync off here (what this device holds stays); its progress is forgotten so turning on again starts
 * afresh. With `deleteServerCopy`, the account and everything on the server (share links too) go first, and
 * this device's links are marked stopped: if that fails (ApiError, or storage), sync stays on.
 */
export async function turnOffSync({ deleteServerCopy }: { deleteServerCopy: boolean }): Promise<void> {
  const linked = await readSyncAccount();
  if (deleteServerCopy && linked?.registered) {
    const { authorization } = await serverAccountOf(linked);
    try {
      await apiRequest('DELETE', '/api/account', { authorization });
    } catch (error) {
      // Already gone (deleted from another device): what was asked for is done.
      if (!(error instanceof ApiError && error.reason === 'unauthorized')) throw error;
    }
    // Every share belonged to the account: none of this device's links works any more.
    await markAllLinksStopped();
  }
  const store = await getStore();
  await withWriteLock(async () => {
    const account = await store.get(syncAccountRecord, SYNC_ACCOUNT_ID);
    if (account) await store.put(syncAccountRecord, SYNC_ACCOUNT_ID, { ...account, syncing: false, registered: account.registered && !deleteServerCopy });
  });
  await running;
  await forgetProgress();
  syncStatus.value = { state: 'off' };
}

/** Links this device to the account a pairing link carries (replacing any other), then syncs: nothing here is lost. */
export async function linkAndSync(secret: Uint8Array<ArrayBuffer>): Promise<void> {
  await running;
  await linkAccount(secret, { replace: true });
  const store = await getStore();
  await withWriteLock(async () => {
    const account = await store.get(syncAccountRecord, SYNC_ACCOUNT_ID);
    if (account) await store.put(syncAccountRecord, SYNC_ACCOUNT_ID, { ...account, registered: true, syncing: true });
  });
  await forgetProgress();
  accountGone.value = false;
  startBackgroundSync();
  await runSync();
}
