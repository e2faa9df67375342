// This device's account on the sync server, made the first time it is needed (turning sync on, or a first
// share link): the sync secret kept in the encrypted `sync-account` record, the keys derived from it, and
// the credential the API expects (docs/sync-api.md). Loaded only by the screens that use the server.
import {
  accountIdOf,
  deriveSyncKeys,
  fromBase64Url,
  generateSyncSecret,
  SYNC_ACCOUNT_ID,
  syncAccountRecord,
  toBase64Url,
  type SyncAccount,
  type SyncKeys,
} from '@ebb/core';
import { getStore } from '../state/vault-state.ts';
import { updateRecord } from '../state/update-record.ts';
import { apiRequest } from './api-request.ts';

export interface ServerAccount {
  readonly account: SyncAccount;
  readonly keys: SyncKeys;
  readonly accountId: string;
  /** The `authorization` header for authenticated routes. */
  readonly authorization: string;
}

/** This device's link to an account, or undefined when it has none. */
export async function readSyncAccount(): Promise<SyncAccount | undefined> {
  return (await getStore()).get(syncAccountRecord, SYNC_ACCOUNT_ID);
}

const randomDeviceId = () => toBase64Url(crypto.getRandomValues(new Uint8Array(9)));

export async function serverAccountOf(account: SyncAccount): Promise<ServerAccount> {
  const keys = await deriveSyncKeys(fromBase64Url(account.secret));
  const accountId = await accountIdOf(keys);
  return { account, keys, accountId, authorization: `Ebb ${accountId}.${toBase64Url(keys.authKey)}` };
}

/**
 * Saves a link to the account with this secret (a new one when none is given; an existing link to another
 * account is replaced only when `replace` is set, as joining from a pairing link does).
 */
export async function linkAccount(secret?: Uint8Array<ArrayBuffer>, { replace = false } = {}): Promise<SyncAccount> {
  const linked = await updateRecord(syncAccountRecord, SYNC_ACCOUNT_ID, (current) =>
    current && !replace
      ? current
      : { secret: toBase64Url(secret ?? generateSyncSecret()), deviceId: randomDeviceId(), registered: false, syncing: false, lastSyncedAt: null },
  );
  if (!linked) throw new Error('The sync account could not be saved');
  return linked;
}

/** The account, made and registered with the server if need be. Throws ApiError when the server cannot be reached. */
export async function ensureServerAccount(): Promise<ServerAccount> {
  const account = (await readSyncAccount()) ?? (await linkAccount());
  const server = await serverAccountOf(account);
  if (account.registered) return server;
  await apiRequest('POST', '/api/accounts', { body: { accountId: server.accountId, authKey: toBase64Url(server.keys.authKey) } });
  const registered = await updateRecord(syncAccountRecord, SYNC_ACCOUNT_ID, (current) => current && { ...current, registered: true });
  return { ...server, account: registered ?? { ...account, registered: true } };
}
