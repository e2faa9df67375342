// Making, listing and stopping share links (docs/sync-api.md, "Shares"): each link is sealed here with a
// fresh key, sent as ciphertext, and kept in this device's `share-links` record so it can be copied again and
// stopped. Loaded by the share links screen, and by sync when the account that owns the links is deleted.
// Failures are ApiErrors for the screen to say in plain words.
import {
  fromBase64Url,
  makeShareSecret,
  readShareLinks,
  sealShare,
  SHARE_LINKS_ID,
  shareIdText,
  shareLink,
  shareLinksRecord,
  toBase64Url,
  type ShareKind,
  type ShareLinkEntry,
  type SharePayload,
} from '@ebb/core';
import { withBase } from '../i18n/base-address.ts';
import { getStore } from '../state/vault-state.ts';
import { updateRecord } from '../state/update-record.ts';
import { ApiError, apiRequest } from './api-request.ts';
import { ensureServerAccount, readSyncAccount, serverAccountOf } from './server-account.ts';

/** What the server says about one of this account's shares. */
export interface ShareStatus {
  views: number;
  expiresAt: string;
  revoked: boolean;
}

/** The links made on this device, newest first. */
export async function listShareLinks(): Promise<ShareLinkEntry[]> {
  const stored = await (await getStore()).get(shareLinksRecord, SHARE_LINKS_ID);
  return readShareLinks(stored);
}

/** The address to send: this app's address (in its language), then `share#<id>.<key>`. */
export const linkOf = (entry: ShareLinkEntry): string =>
  shareLink(new URL(withBase('/'), location.origin).href, { id: fromBase64Url(entry.id), key: fromBase64Url(entry.key) });

/**
 * Seals `payload` under a fresh key, gives it to the server for `seconds`, and keeps the link on this device.
 * If the link cannot be kept here it is stopped again, so no link exists that this device cannot stop.
 */
export async function makeShareLink(kind: ShareKind, payload: SharePayload, seconds: number): Promise<ShareLinkEntry> {
  const server = await ensureServerAccount();
  const secret = makeShareSecret();
  const id = shareIdText(secret.id);
  const ciphertext = toBase64Url(await sealShare(id, secret.key, payload));
  const madeAt = Date.now();
  const post = () => apiRequest('POST', '/api/shares', { authorization: server.authorization, body: { id, ciphertext, expiresInSeconds: seconds } });
  try {
    await post();
  } catch (error) {
    // The server no longer knows the account (deleted from another device): register it again, then try once more.
    if (!(error instanceof ApiError && error.reason === 'unauthorized')) throw error;
    await apiRequest('POST', '/api/accounts', { body: { accountId: server.accountId, authKey: toBase64Url(server.keys.authKey) } });
    await post();
  }
  const entry: ShareLinkEntry = { id, key: toBase64Url(secret.key), kind, madeAt, expiresAt: madeAt + seconds * 1000, stopped: false };
  try {
    await updateRecord(shareLinksRecord, SHARE_LINKS_ID, (current) => ({ links: [entry, ...(current?.links ?? [])] }));
  } catch (error) {
    await apiRequest('DELETE', `/api/shares/${id}`, { authorization: server.authorization }).catch(() => undefined);
    throw error;
  }
  return entry;
}

/** The server's view counts and states for this account's shares; empty when this device has no account. */
export async function shareStatuses(): Promise<Map<string, ShareStatus>> {
  const account = await readSyncAccount();
  if (!account?.registered) return new Map();
  const { authorization } = await serverAccountOf(account);
  const answer = await apiRequest<{ shares: Array<ShareStatus & { id: string }> }>('GET', '/api/shares', { authorization });
  return new Map(answer.shares.map(({ id, ...status }) => [id, status]));
}

const markStopped = (id: string) =>
  updateRecord(shareLinksRecord, SHARE_LINKS_ID, (current) => current && { links: current.links.map((l) => (l.id === id ? { ...l, stopped: true } : l)) });

/** Stops a link on the server, then marks it stopped here. A share the server no longer has is stopped already. */
export async function stopShareLink(id: string): Promise<void> {
  const account = await readSyncAccount();
  if (account) {
    const { authorization } = await serverAccountOf(account);
    try {
      await apiRequest('DELETE', `/api/shares/${id}`, { authorization });
    } catch (error) {
      if (!(error instanceof ApiError && error.reason === 'not-found')) throw error;
    }
  }
  await markStopped(id);
}

/**
 * Marks every link kept here stopped: the account that owned them is deleted on the server (from this device or
 * another), and its shares with it, so the share links screen says so instead of offering to stop them.
 */
export async function markAllLinksStopped(): Promise<void> {
  await updateRecord(shareLinksRecord, SHARE_LINKS_ID, (current) => current && { links: current.links.map((l) => ({ ...l, stopped: true })) });
}

/** Takes a stopped or expired link off this device's list. */
export async function removeShareLink(id: string): Promise<void> {
  await updateRecord(shareLinksRecord, SHARE_LINKS_ID, (current) => current && { links: current.links.filter((l) => l.id !== id) });
}
