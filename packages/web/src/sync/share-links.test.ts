// Making and stopping share links against a stand-in server: what is sent is ciphertext that only the link's
// key opens, a link is kept on this device only once the server has it, and a link is marked stopped only when
// the server has stopped it (or no longer has it).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  EncryptedStore,
  emptyPlan,
  fromBase64Url,
  generateVaultKey,
  MemoryBackend,
  openShare,
  parseShareLink,
  SHARE_LINKS_ID,
  shareLinksRecord,
  type SharePayload,
  type Store,
} from '@ebb/core';
import { ApiError } from './api-request.ts';

let store: Store;
vi.mock('../state/vault-state.ts', () => ({ getStore: () => Promise.resolve(store) }));
vi.mock('../state/tab-sync.ts', () => ({ withWriteLock: <T>(write: () => Promise<T>) => write(), announce: () => undefined }));

const { linkOf, listShareLinks, makeShareLink, markAllLinksStopped, removeShareLink, stopShareLink } = await import('./share-links.ts');

type Sent = { method: string; path: string; body: Record<string, unknown> | undefined };
let sent: Sent[];
/** The stand-in server's answer to each request. */
let answer: (request: Sent) => Response;

const payload: SharePayload = { kind: 'plan', createdAt: 1_764_000_000_000, language: 'en', content: { plan: emptyPlan(), country: 'DE' } };

beforeEach(async () => {
  store = new EncryptedStore(new MemoryBackend(), await generateVaultKey());
  sent = [];
  answer = ({ method }) => new Response(method === 'DELETE' ? null : '{}', { status: method === 'DELETE' ? 204 : 201 });
  vi.stubGlobal('location', { origin: 'https://ebb.example' });
  vi.stubGlobal('fetch', (path: string, init: RequestInit) => {
    const request = { method: init.method ?? 'GET', path, body: init.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : undefined };
    sent.push(request);
    return Promise.resolve(answer(request));
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('makeShareLink', () => {
  it('registers the account, sends only ciphertext the link opens, and keeps the link here', async () => {
    const entry = await makeShareLink('plan', payload, 86_400);
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/accounts', 'POST /api/shares']);
    const share = sent[1]?.body ?? {};
    expect(share).toMatchObject({ id: entry.id, expiresInSeconds: 86_400 });
    expect(JSON.stringify(share)).not.toContain('"DE"');

    const link = parseShareLink(linkOf(entry));
    if (!link.ok) throw new Error(link.error.kind);
    expect(linkOf(entry)).toMatch(/^https:\/\/ebb\.example\/share#/);
    expect(await openShare(link.id, link.key, fromBase64Url(String(share.ciphertext)))).toEqual({ ok: true, payload });
    expect(entry.expiresAt - entry.madeAt).toBe(86_400_000);
    expect(await listShareLinks()).toEqual([entry]);
  });

  it('keeps nothing when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(makeShareLink('plan', payload, 3600)).rejects.toEqual(new ApiError('offline', 0, ''));
    expect(await listShareLinks()).toEqual([]);
  });
});

describe('makeShareLink when the server has forgotten the account', () => {
  it('registers it again and makes the link', async () => {
    await makeShareLink('plan', payload, 3600);
    let forgotten = true;
    answer = ({ method, path }) => {
      if (path === '/api/accounts') forgotten = false;
      if (method === 'POST' && path === '/api/shares' && forgotten) return new Response('{"error":"unauthorized"}', { status: 401 });
      return new Response('{}', { status: 201 });
    };
    sent = [];
    await makeShareLink('plan', payload, 3600);
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/shares', 'POST /api/accounts', 'POST /api/shares']);
    expect(await listShareLinks()).toHaveLength(2);
  });
});

describe('stopShareLink', () => {
  it('marks a link stopped once the server has stopped it, or no longer has it', async () => {
    const first = await makeShareLink('plan', payload, 3600);
    const second = await makeShareLink('support-card', { ...payload }, 3600);
    await stopShareLink(first.id);
    expect(sent.at(-1)).toMatchObject({ method: 'DELETE', path: `/api/shares/${first.id}` });
    answer = () => new Response('{"error":"not found"}', { status: 404 });
    await stopShareLink(second.id);
    expect((await listShareLinks()).map((l) => l.stopped)).toEqual([true, true]);
    await removeShareLink(first.id);
    expect((await store.get(shareLinksRecord, SHARE_LINKS_ID))?.links.map((l) => l.id)).toEqual([second.id]);
  });

  it('leaves a link working when the server did not answer', async () => {
    const entry = await makeShareLink('plan', payload, 3600);
    answer = () => new Response('', { status: 503 });
    await expect(stopShareLink(entry.id)).rejects.toMatchObject({ reason: 'server' });
    expect((await listShareLinks())[0]?.stopped).toBe(false);
  });
});

describe('markAllLinksStopped', () => {
  it('marks every link made here stopped without asking the server (the account and its shares are gone)', async () => {
    await makeShareLink('plan', payload, 3600);
    await makeShareLink('support-card', payload, 3600);
    sent = [];
    await markAllLinksStopped();
    expect(sent).toEqual([]);
    expect((await listShareLinks()).map((l) => l.stopped)).toEqual([true, true]);
  });

  it('keeps no record when this device never made a link', async () => {
    await markAllLinksStopped();
    expect(await store.get(shareLinksRecord, SHARE_LINKS_ID)).toBeUndefined();
  });
});
