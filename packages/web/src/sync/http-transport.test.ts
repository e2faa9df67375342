// The sync transport over the API: what it sends (base64url, the authorization, pages as large as allowed),
// what it reads back, and every failure as the SyncTransportError the engine retries or stops on.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SyncTransportError } from '@ebb/core';
import { httpTransport } from './http-transport.ts';

const AUTH = 'Ebb account.key';

function answer(status: number, body: unknown) {
  const fetch = vi.fn<(path: string, init?: RequestInit) => Promise<Response>>(() =>
    Promise.resolve(new Response(body === undefined ? '' : JSON.stringify(body), { status })),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'none',
    (error: unknown) => (error instanceof SyncTransportError ? error.reason : 'not a transport error'),
  );

afterEach(() => vi.unstubAllGlobals());

describe('httpTransport', () => {
  it('pushes records as base64url with the credential, and reads each outcome in order', async () => {
    const fetch = answer(200, {
      results: [
        { id: 'a', outcome: 'stored' },
        { id: 'b', outcome: 'stale', version: 'v9' },
      ],
    });
    const outcomes = await httpTransport(AUTH).push([
      { id: 'a', version: 'v1', ciphertext: new Uint8Array([251, 255]) },
      { id: 'b', version: 'v2', ciphertext: new Uint8Array([1]) },
    ]);
    expect(outcomes).toEqual([
      { id: 'a', outcome: 'stored' },
      { id: 'b', outcome: 'stale', version: 'v9' },
    ]);
    const [path, init = {}] = fetch.mock.calls[0] ?? [''];
    expect(path).toBe('/api/records');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('authorization')).toBe(AUTH);
    expect(JSON.parse(String(init.body))).toEqual({
      records: [
        { id: 'a', version: 'v1', ciphertext: '-_8' },
        { id: 'b', version: 'v2', ciphertext: 'AQ' },
      ],
    });
  });

  it('pulls from the cursor, and from the start without one', async () => {
    const fetch = answer(200, { records: [{ id: 'a', version: 'v1', ciphertext: '-_8' }], cursor: 'c2', more: true });
    const page = await httpTransport(AUTH).pull('c1');
    expect(page).toEqual({ records: [{ id: 'a', version: 'v1', ciphertext: new Uint8Array([251, 255]) }], cursor: 'c2', more: true });
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/records?limit=500&after=c1');
    await httpTransport(AUTH).pull(undefined);
    expect(fetch.mock.calls[1]?.[0]).toBe('/api/records?limit=500');
  });

  it('turns every failure into a reason the engine knows', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await reasonOf(httpTransport(AUTH).pull(undefined))).toBe('offline');
    answer(401, { error: 'unauthorized' });
    expect(await reasonOf(httpTransport(AUTH).pull(undefined))).toBe('unauthorized');
    answer(503, { error: 'unavailable' });
    expect(await reasonOf(httpTransport(AUTH).pull(undefined))).toBe('server');
    answer(400, { error: 'bad request' });
    expect(await reasonOf(httpTransport(AUTH).push([{ id: 'a', version: 'v1', ciphertext: new Uint8Array(1) }]))).toBe('refused');
  });

  it('treats an answer of the wrong shape as a failing server, never as data', async () => {
    answer(200, { records: [{ id: 'a' }], cursor: 'c', more: false });
    expect(await reasonOf(httpTransport(AUTH).pull(undefined))).toBe('server');
    answer(200, { results: [] });
    expect(await reasonOf(httpTransport(AUTH).push([{ id: 'a', version: 'v1', ciphertext: new Uint8Array(1) }]))).toBe('server');
    answer(200, { records: [{ id: 'a', version: 'v1', ciphertext: '!!' }], cursor: 'c', more: false });
    expect(await reasonOf(httpTransport(AUTH).pull(undefined))).toBe('server');
  });
});
