// The one test suite of the sync and share API, over Fastify's inject and over real HTTP on 127.0.0.1;
// api-sqlite.test.ts and api-postgres.test.ts run it on each database.
import { createCipheriv, randomBytes } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildServer } from '../app.ts';
import type { SyncStorage } from '../storage/sync-storage.ts';
import type { RawTables } from '../storage/test-raw-tables.ts';
import type { ApiOptions } from './api-routes.ts';

export interface ApiDatabase {
  readonly storage: SyncStorage;
  readonly rawTables: () => Promise<RawTables>;
  readonly dispose: () => Promise<void>;
}

/** Argon2id at its smallest: the suite checks behaviour, not cost. */
const CHEAP: ApiOptions = { argon2Cost: { memorySize: 64, iterations: 1, parallelism: 1 }, rateLimitPerMinute: 1_000_000 };
const HOUR = 3600;

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const randomId = () => b64url(randomBytes(32));
const shareId = () => b64url(randomBytes(16));
const version = (n: number, device = 'dev') => `${n.toString(16).padStart(12, '0')}-000000-${device}`;

interface Account {
  readonly accountId: string;
  readonly authKey: string;
  readonly headers: { authorization: string };
}

const newAccount = (): Account => {
  const accountId = randomId();
  const authKey = randomId();
  return { accountId, authKey, headers: { authorization: `Ebb ${accountId}.${authKey}` } };
};

const json = (res: LightMyRequestResponse): unknown => JSON.parse(res.body);

interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** One HTTP request with exactly these bytes, on its own connection. */
function send(port: number, method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    // A stated length: Node would send a GET's or DELETE's body with neither length nor chunking, which is
    // not a body but the start of a broken second request.
    const length = body === undefined ? {} : { 'content-length': String(body.length) };
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { ...headers, ...length }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Writes raw bytes to a connection and reads until the server closes it (or a second passes). */
function sendRaw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(), 1000);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    socket.on('error', reject);
    socket.end(bytes);
  });
}

function seal(text: string, key: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  return Buffer.concat([iv, cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()]);
}

export function describeApi(name: string, open: () => Promise<ApiDatabase>): void {
  describe(`the sync and share API on ${name}`, () => {
    let database: ApiDatabase;
    let app: FastifyInstance;
    let port: number;
    let webRoot: string;

    const call = (options: InjectOptions) => app.inject(options);
    const register = async (account: Account = newAccount()) => {
      const res = await call({ method: 'POST', url: '/api/accounts', payload: { accountId: account.accountId, authKey: account.authKey } });
      expect(res.statusCode).toBe(201);
      return account;
    };
    const push = (account: Account, records: { id: string; version: string; ciphertext: string }[]) =>
      call({ method: 'POST', url: '/api/records', headers: account.headers, payload: { records } });
    const pullAll = async (account: Account, limit = 500) => {
      const records: { id: string; version: string; ciphertext: string }[] = [];
      let after: string | undefined;
      for (;;) {
        const res = await call({ url: `/api/records?limit=${limit}${after === undefined ? '' : `&after=${after}`}`, headers: account.headers });
        expect(res.statusCode).toBe(200);
        const page = json(res) as { records: typeof records; cursor: string; more: boolean };
        records.push(...page.records);
        after = page.cursor;
        if (!page.more) return { records, cursor: after };
      }
    };
    const createShare = (account: Account, id: string, expiresInSeconds = HOUR, ciphertext = 'c2VhbGVk') =>
      call({ method: 'POST', url: '/api/shares', headers: account.headers, payload: { id, ciphertext, expiresInSeconds } });

    beforeAll(async () => {
      webRoot = mkdtempSync(join(tmpdir(), 'ebb-api-web-'));
      writeFileSync(join(webRoot, 'index.html'), '<!doctype html><html><body><div id="app">shell</div></body></html>');
      database = await open();
      app = await buildServer({ webRoot, storage: database.storage, api: CHEAP });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      port = typeof address === 'object' && address !== null ? address.port : 0;
    }, 60_000);
    afterAll(async () => {
      await app.close();
      await database.dispose();
      rmSync(webRoot, { recursive: true, force: true });
    });

    describe('accounts', () => {
      it('creates an account (201), accepts a retried create with the same key (200), refuses another key (409)', async () => {
        const account = await register();
        const body = { accountId: account.accountId, authKey: account.authKey };
        const again = await call({ method: 'POST', url: '/api/accounts', payload: body });
        expect(again.statusCode).toBe(200);
        const other = await call({ method: 'POST', url: '/api/accounts', payload: { ...body, authKey: randomId() } });
        expect(other.statusCode).toBe(409);
        expect(json(other)).toEqual({ error: 'taken' });
        expect((await call({ url: '/api/records', headers: account.headers })).statusCode).toBe(200);
      });

      it('answers simultaneous creates of one account as one account', async () => {
        const account = newAccount();
        const body = { accountId: account.accountId, authKey: account.authKey };
        const answers = await Promise.all([1, 2, 3].map(() => call({ method: 'POST', url: '/api/accounts', payload: body })));
        expect(answers.map((res) => res.statusCode).sort()).toEqual([200, 200, 201]);
      });

      it('refuses malformed accounts with a 400 and a short reason that echoes nothing', async () => {
        const good = { accountId: randomId(), authKey: randomId() };
        for (const payload of [
          {},
          { accountId: good.accountId },
          { ...good, extra: 1 },
          { ...good, accountId: `${good.accountId}x` },
          { ...good, authKey: good.authKey.slice(1) },
          { ...good, authKey: 'a+b/'.repeat(10) + 'abc' },
          { ...good, accountId: 42 },
          [good],
          'text',
        ]) {
          const res = await call({ method: 'POST', url: '/api/accounts', payload: JSON.stringify(payload), headers: { 'content-type': 'application/json' } });
          expect(res.statusCode).toBe(400);
          expect(json(res)).toEqual({ error: expect.stringMatching(/^[a-z ]{1,40}$/) as unknown });
          expect(res.body).not.toContain(good.accountId);
        }
        const big = await call({ method: 'POST', url: '/api/accounts', payload: { ...good, pad: 'x'.repeat(2000) } });
        expect(big.statusCode).toBe(413);
      });

      it('deletes the account with every record and share; its key no longer works', async () => {
        const account = await register();
        await push(account, [{ id: randomId(), version: version(1), ciphertext: 'AAAA' }]);
        const id = shareId();
        expect((await createShare(account, id)).statusCode).toBe(201);
        const res = await call({ method: 'DELETE', url: '/api/account', headers: account.headers });
        expect(res.statusCode).toBe(204);
        expect(res.body).toBe('');
        expect((await call({ url: '/api/records', headers: account.headers })).statusCode).toBe(401);
        expect((await call({ url: `/api/shares/${id}` })).statusCode).toBe(404);
        expect((await call({ method: 'DELETE', url: '/api/account', headers: account.headers })).statusCode).toBe(401);
        // Turning sync on again makes the account afresh, empty.
        await register(account);
        expect((await pullAll(account)).records).toEqual([]);
      });
    });

    describe('authentication', () => {
      it('gives the same 401 for a wrong key, an unknown account and a malformed or missing header', async () => {
        const account = await register();
        const wrong = `Ebb ${account.accountId}.${randomId()}`;
        const unknown = `Ebb ${randomId()}.${account.authKey}`;
        // Verified once, so the remembered key is what a wrong key is compared with next.
        expect((await call({ url: '/api/records', headers: account.headers })).statusCode).toBe(200);
        const headers = [
          { authorization: wrong },
          { authorization: unknown },
          { authorization: `Bearer ${account.accountId}.${account.authKey}` },
          { authorization: `Ebb ${account.accountId}${account.authKey}` },
          { authorization: `Ebb ${account.accountId}.${account.authKey} ` },
          { authorization: `ebb ${account.accountId}.${account.authKey}` },
          { authorization: `Ebb ${account.accountId}.${account.authKey.slice(0, 42)}=` },
          {},
        ];
        const routes: InjectOptions[] = [
          { url: '/api/records' },
          { method: 'POST', url: '/api/records', payload: { records: [{ id: randomId(), version: version(1), ciphertext: '' }] } },
          { method: 'DELETE', url: '/api/account' },
          { url: '/api/shares' },
          { method: 'POST', url: '/api/shares', payload: { id: shareId(), ciphertext: 'AAAA', expiresInSeconds: HOUR } },
          { method: 'DELETE', url: `/api/shares/${shareId()}` },
        ];
        for (const route of routes) {
          for (const header of headers) {
            const res = await call({ ...route, headers: header });
            expect(res.statusCode).toBe(401);
            expect(res.body).toBe('{"error":"unauthorized"}');
          }
        }
        // None of that touched the account.
        expect((await call({ url: '/api/records', headers: account.headers })).statusCode).toBe(200);
      });

      it("does not let one account see, list or revoke another's shares", async () => {
        const owner = await register();
        const other = await register();
        const id = shareId();
        expect((await createShare(owner, id)).statusCode).toBe(201);
        expect(json(await call({ url: '/api/shares', headers: other.headers }))).toEqual({ shares: [] });
        const revoke = await call({ method: 'DELETE', url: `/api/shares/${id}`, headers: other.headers });
        const missing = await call({ method: 'DELETE', url: `/api/shares/${shareId()}`, headers: other.headers });
        expect([revoke.statusCode, revoke.body]).toEqual([missing.statusCode, missing.body]);
        expect(revoke.statusCode).toBe(404);
        expect((await call({ url: `/api/shares/${id}` })).statusCode).toBe(200);
        await push(owner, [{ id: randomId(), version: version(1), ciphertext: 'AAAA' }]);
        expect((await pullAll(other)).records).toEqual([]);
      });
    });

    describe('records', () => {
      it('stores pushed records in order, says which are stale, and pulls each once at its newest version', async () => {
        const account = await register();
        const [a, b] = [randomId(), randomId()];
        const first = await push(account, [
          { id: a, version: version(1), ciphertext: 'AQID' },
          { id: b, version: version(1), ciphertext: 'BAUG' },
          { id: a, version: version(2), ciphertext: 'BwgJ' },
          { id: b, version: version(1, 'other'), ciphertext: 'CgsM' },
          { id: b, version: version(1), ciphertext: 'DQ4P' },
        ]);
        expect(first.statusCode).toBe(200);
        expect(json(first)).toEqual({
          results: [
            { id: a, outcome: 'stored' },
            { id: b, outcome: 'stored' },
            { id: a, outcome: 'stored' },
            { id: b, outcome: 'stored' },
            { id: b, outcome: 'stale', version: version(1, 'other') },
          ],
        });
        const { records } = await pullAll(account);
        expect(records).toEqual([
          { id: a, version: version(2), ciphertext: 'BwgJ' },
          { id: b, version: version(1, 'other'), ciphertext: 'CgsM' },
        ]);
      });

      it('changes nothing on a replayed push, and keeps the greatest version when pushes arrive out of order', async () => {
        const account = await register();
        const id = randomId();
        const pushes = [3, 1, 4, 2].map((n) => [{ id, version: version(n), ciphertext: b64url(Buffer.from([n])) }]);
        const outcomes = [];
        for (const records of pushes) outcomes.push((json(await push(account, records)) as { results: { outcome: string }[] }).results[0]?.outcome);
        expect(outcomes).toEqual(['stored', 'stale', 'stored', 'stale']);
        const before = await pullAll(account);
        for (const records of [...pushes, ...pushes]) await push(account, records);
        const after = await pullAll(account);
        expect(after).toEqual(before);
        expect(after.records).toEqual([{ id, version: version(4), ciphertext: 'BA' }]);
        // Nothing new since the last cursor.
        const since = json(await call({ url: `/api/records?after=${after.cursor}`, headers: account.headers }));
        expect(since).toEqual({ records: [], cursor: after.cursor, more: false });
      });

      it('loses nothing when the same pushes arrive at once (a retry racing the original)', async () => {
        const account = await register();
        const records = Array.from({ length: 20 }, (_, i) => ({ id: randomId(), version: version(i + 1), ciphertext: b64url(randomBytes(40)) }));
        const answers = await Promise.all([push(account, records), push(account, records), push(account, [...records].reverse())]);
        for (const res of answers) expect(res.statusCode).toBe(200);
        const pulled = await pullAll(account, 7);
        const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
        expect([...pulled.records].sort(byId)).toEqual([...records].sort(byId));
      });

      it('pages with a cursor and says whether more may follow', async () => {
        const account = await register();
        const ids = Array.from({ length: 5 }, () => randomId());
        await push(
          account,
          ids.map((id) => ({ id, version: version(1), ciphertext: 'AA' })),
        );
        const first = json(await call({ url: '/api/records?limit=2', headers: account.headers })) as {
          records: { id: string }[];
          cursor: string;
          more: boolean;
        };
        expect(first.records.map((r) => r.id)).toEqual(ids.slice(0, 2));
        expect(first.more).toBe(true);
        const rest = json(await call({ url: `/api/records?after=${first.cursor}&limit=500`, headers: account.headers })) as typeof first;
        expect(rest.records.map((r) => r.id)).toEqual(ids.slice(2));
        expect(rest.more).toBe(false);
      });

      it('refuses malformed pushes and pulls with a 400, storing nothing', async () => {
        const account = await register();
        const good = { id: randomId(), version: version(1), ciphertext: 'AAAA' };
        const bodies: unknown[] = [
          { records: [] },
          { records: Array.from({ length: 201 }, () => ({ ...good, id: randomId() })) },
          { records: [{ ...good, id: 'short' }] },
          { records: [{ ...good, version: '1' }] },
          { records: [{ ...good, version: `${version(1)}\u00e9` }] },
          { records: [{ ...good, ciphertext: 'AAAAA' }] },
          { records: [{ ...good, ciphertext: 'AA==' }] },
          { records: [{ ...good, ciphertext: 7 }] },
          { records: [{ ...good, kind: 'plan' }] },
          { records: [good], extra: true },
          { records: good },
          null,
        ];
        for (const body of bodies) {
          const res = await call({
            method: 'POST',
            url: '/api/records',
            headers: { ...account.headers, 'content-type': 'application/json' },
            payload: JSON.stringify(body),
          });
          expect(res.statusCode).toBe(400);
        }
        for (const query of [
          'limit=0',
          'limit=501',
          'limit=abc',
          'limit=1e2',
          'limit=-1',
          'after=-1',
          'after=abc',
          'after=99999999999999999',
          'limit=2&limit=3',
          'other=1',
        ]) {
          expect((await call({ url: `/api/records?${query}`, headers: account.headers })).statusCode).toBe(400);
        }
        expect((await pullAll(account)).records).toEqual([]);
      });

      it('takes a push of up to 8 MiB and refuses a larger one with a 413', async () => {
        const account = await register();
        const big = b64url(randomBytes(5 * 1024 * 1024));
        const ok = await push(account, [{ id: randomId(), version: version(1), ciphertext: big }]);
        expect(ok.statusCode).toBe(200);
        const tooBig = await push(account, [
          { id: randomId(), version: version(1), ciphertext: big },
          { id: randomId(), version: version(1), ciphertext: big.slice(0, 2 * 1024 * 1024) },
        ]);
        expect(tooBig.statusCode).toBe(413);
        expect(json(tooBig)).toEqual({ error: 'too large' });
      });

      it('keeps no plaintext: a record pushed over HTTP is only ciphertext in the raw tables', async () => {
        const account = await register();
        const words = ['Cut on my arm again', 'Sunday', 'ice cube skill', 'Priya'];
        const text = `${words[0]} on ${words[1]}; the ${words[2]} helped, and I told ${words[3]}`;
        const key = randomBytes(32);
        const res = await send(
          port,
          'POST',
          '/api/records',
          { ...account.headers, 'content-type': 'application/json' },
          Buffer.from(JSON.stringify({ records: [{ id: randomId(), version: version(1), ciphertext: b64url(seal(text, key)) }] })),
        );
        expect(res.status).toBe(200);
        const tables = await database.rawTables();
        expect(tables.records?.length).toBeGreaterThan(0);
        for (const rows of Object.values(tables)) {
          for (const value of rows.flatMap((row) => Object.values(row))) {
            const stored = value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : String(value);
            for (const word of words) expect(stored).not.toContain(word);
          }
        }
      });
    });

    describe('shares', () => {
      it('creates, lists, opens (counting views) and revokes a share', async () => {
        const account = await register();
        const id = shareId();
        const created = await createShare(account, id, 2 * HOUR, 'c2VhbGVkIGNhcmQ');
        expect(created.statusCode).toBe(201);
        expect((await createShare(account, id)).statusCode).toBe(409);
        expect((await createShare(await register(), id)).statusCode).toBe(409);
        const first = await call({ url: `/api/shares/${id}` });
        expect(first.statusCode).toBe(200);
        expect(json(first)).toEqual({ ciphertext: 'c2VhbGVkIGNhcmQ', views: 1 });
        expect(json(await call({ url: `/api/shares/${id}` }))).toEqual({ ciphertext: 'c2VhbGVkIGNhcmQ', views: 2 });
        // HEAD would count a view without showing anything: it is not offered.
        expect((await call({ method: 'HEAD', url: `/api/shares/${id}` })).statusCode).toBe(404);
        const listed = json(await call({ url: '/api/shares', headers: account.headers })) as {
          shares: { id: string; views: number; expiresAt: string; revoked: boolean }[];
        };
        expect(listed.shares).toEqual([{ id, views: 2, expiresAt: expect.any(String) as unknown, revoked: false }]);
        const expiresIn = Date.parse(listed.shares[0]?.expiresAt ?? '') - Date.now();
        expect(expiresIn).toBeGreaterThan(2 * HOUR * 1000 - 60_000);
        expect(expiresIn).toBeLessThanOrEqual(2 * HOUR * 1000);
        const revoked = await call({ method: 'DELETE', url: `/api/shares/${id}`, headers: account.headers });
        expect(revoked.statusCode).toBe(204);
        const gone = await call({ url: `/api/shares/${id}` });
        expect([gone.statusCode, json(gone)]).toEqual([410, { error: 'revoked' }]);
        expect((await call({ method: 'DELETE', url: `/api/shares/${shareId()}`, headers: account.headers })).statusCode).toBe(404);
        expect(json(await call({ url: '/api/shares', headers: account.headers }))).toMatchObject({ shares: [{ id, revoked: true }] });
        const missing = await call({ url: `/api/shares/${shareId()}` });
        expect([missing.statusCode, json(missing)]).toEqual([404, { error: 'not found' }]);
      });

      it('stops opening a share once it has expired', async () => {
        const account = await register();
        const id = shareId();
        expect((await createShare(account, id, HOUR)).statusCode).toBe(201);
        vi.useFakeTimers({ toFake: ['Date'] });
        try {
          vi.setSystemTime(Date.now() + HOUR * 1000 + 1000);
          const res = await call({ url: `/api/shares/${id}` });
          expect([res.statusCode, json(res)]).toEqual([410, { error: 'expired' }]);
        } finally {
          vi.useRealTimers();
        }
      });

      it('refuses expiries outside 1 hour to 30 days, malformed ids and bodies over 1 MiB', async () => {
        const account = await register();
        for (const expiresInSeconds of [String(HOUR - 1), String(30 * 24 * HOUR + 1), '3600.5', '"3600"', '-1', '1e400', '-1e400', 'null', '[3600]']) {
          const res = await call({
            method: 'POST',
            url: '/api/shares',
            headers: { ...account.headers, 'content-type': 'application/json' },
            payload: `{"id":"${shareId()}","ciphertext":"AAAA","expiresInSeconds":${expiresInSeconds}}`,
          });
          expect(res.statusCode).toBe(400);
        }
        expect((await createShare(account, shareId(), 30 * 24 * HOUR)).statusCode).toBe(201);
        expect((await createShare(account, 'short', HOUR)).statusCode).toBe(400);
        expect((await createShare(account, shareId(), HOUR, '')).statusCode).toBe(400);
        expect((await createShare(account, shareId(), HOUR, b64url(randomBytes(800 * 1024)))).statusCode).toBe(413);
        for (const path of ['/api/shares/short', `/api/shares/${shareId()}x`, `/api/shares/${shareId()}?x=1`, '/api/shares/%ZZ']) {
          const res = await call({ url: path });
          expect(res.statusCode).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
        }
      });
    });

    describe('hardening', () => {
      it('answers every /api request with JSON, no-store, the security headers (connect-src self) and no CORS', async () => {
        const account = await register();
        const answers = [
          await call({ url: '/api/records', headers: account.headers }),
          await call({ url: '/api/records' }),
          await call({ url: '/api/unknown' }),
          await call({ url: '/api' }),
          await call({ method: 'PUT', url: '/api/records', headers: account.headers, payload: {} }),
          await call({ method: 'OPTIONS', url: '/api/records', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } }),
          await call({ method: 'POST', url: '/api/records', headers: { ...account.headers, 'content-type': 'text/plain' }, payload: 'x' }),
        ];
        for (const res of answers) {
          expect(res.headers['cache-control']).toBe('no-store');
          expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
          expect(String(res.headers['content-security-policy'])).toContain("connect-src 'self';");
          expect(res.headers['x-content-type-options']).toBe('nosniff');
          expect(res.headers['referrer-policy']).toBe('no-referrer');
          expect(Object.keys(res.headers).filter((header) => header.startsWith('access-control-'))).toEqual([]);
          expect(res.body).not.toContain('shell');
        }
        expect(answers.slice(2, 5).map((res) => res.statusCode)).toEqual([404, 404, 404]);
        expect(answers[6]?.statusCode).toBe(415);
      });

      it('refuses requests from pages of another origin (403), and takes its own', async () => {
        const account = await register();
        const host = `127.0.0.1:${port}`;
        const ownOrigin = await send(port, 'GET', '/api/records', { ...account.headers, host, origin: `http://${host}` });
        expect(ownOrigin.status).toBe(200);
        for (const headers of [
          { origin: 'https://evil.example' },
          { origin: `http://${host}.evil.example` },
          { origin: 'null' },
          { origin: 'not a url' },
          { 'sec-fetch-site': 'cross-site' },
          { 'sec-fetch-site': 'same-site' },
        ]) {
          const res = await send(
            port,
            'POST',
            '/api/shares',
            { ...account.headers, ...headers, host, 'content-type': 'application/json' },
            Buffer.from(JSON.stringify({ id: shareId(), ciphertext: 'AAAA', expiresInSeconds: HOUR })),
          );
          expect(res.status).toBe(403);
          expect(JSON.parse(res.body)).toEqual({ error: 'forbidden' });
        }
        expect((json(await call({ url: '/api/shares', headers: account.headers })) as { shares: unknown[] }).shares).toEqual([]);
      });

      it('answers broken, truncated, oversized and poisoned bodies with a 4xx and keeps serving', async () => {
        const account = await register();
        const headers = { ...account.headers, 'content-type': 'application/json' };
        const good = JSON.stringify({ records: [{ id: randomId(), version: version(1), ciphertext: 'AAAA' }] });
        const deep = (depth: number) => `{"records":${'['.repeat(depth)}${']'.repeat(depth)}}`;
        for (const payload of [
          good.slice(0, good.length - 3),
          '',
          '{',
          '{"records":[}',
          '{"__proto__":{"x":1},"records":[]}',
          '{"constructor":{"prototype":{}}}',
          '\u0000',
          '1e999999',
          deep(1_000_000),
          `{"records":[${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}]}`,
        ]) {
          const res = await call({ method: 'POST', url: '/api/records', headers, payload });
          expect(res.statusCode).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
        }
        // A body shorter than its content-length, then the connection ends: no answer needed, no crash.
        await sendRaw(
          port,
          `POST /api/records HTTP/1.1\r\nhost: x\r\nauthorization: ${account.headers.authorization}\r\ncontent-type: application/json\r\ncontent-length: ${good.length + 50}\r\n\r\n${good}`,
        );
        // A body longer than its content-length: the cut-off JSON is refused; the rest is not a request.
        const cut = await sendRaw(
          port,
          `POST /api/records HTTP/1.1\r\nhost: x\r\nauthorization: ${account.headers.authorization}\r\ncontent-type: application/json\r\ncontent-length: 10\r\nconnection: close\r\n\r\n${good}`,
        );
        expect(cut).toMatch(/^HTTP\/1\.1 400 /);
        const declaredTooBig = await sendRaw(
          port,
          `POST /api/records HTTP/1.1\r\nhost: x\r\nauthorization: ${account.headers.authorization}\r\ncontent-type: application/json\r\ncontent-length: ${9 * 1024 * 1024}\r\n\r\n{`,
        );
        expect(declaredTooBig).toMatch(/^HTTP\/1\.1 413 /);
        expect((await send(port, 'GET', '/api/records', account.headers)).status).toBe(200);
        expect((await pullAll(account)).records).toEqual([]);
      });

      it('fuzzed: arbitrary JSON and arbitrary bytes to every route over HTTP are a 4xx or a documented answer, never a 5xx', async () => {
        const account = await register();
        const routes: [string, string, boolean][] = [
          ['POST', '/api/accounts', false],
          ['POST', '/api/records', true],
          ['GET', '/api/records', true],
          ['DELETE', `/api/shares/${shareId()}`, true],
          ['POST', '/api/shares', true],
          ['GET', '/api/shares', true],
          ['GET', `/api/shares/${shareId()}`, false],
        ];
        const body = fc.oneof(
          fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value) ?? 'null')),
          fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
          fc
            .record({
              records: fc.array(fc.record({ id: fc.string(), version: fc.string(), ciphertext: fc.string() }, { requiredKeys: [] }), { maxLength: 3 }),
            })
            .map((value) => Buffer.from(JSON.stringify(value))),
        );
        const contentType = fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'text/plain',
          'application/octet-stream',
          'multipart/form-data; boundary=x',
        );
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...routes), body, contentType, fc.boolean(), async ([method, path, authenticated], bytes, type, withAuth) => {
            const res = await send(port, method, path, { 'content-type': type, ...(authenticated && withAuth ? account.headers : {}) }, bytes);
            expect(res.status).toBeGreaterThanOrEqual(200);
            expect(res.status).toBeLessThan(500);
            expect(res.headers['content-type'] ?? 'application/json').toContain('application/json');
          }),
          { numRuns: 150 },
        );
        const segment = fc.oneof(fc.webSegment(), fc.constantFrom('records', 'shares', 'account', 'accounts', '..', '%00', '%ff', '%2e%2e', ':id', '*'));
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom('GET', 'POST', 'DELETE', 'PUT', 'PATCH', 'OPTIONS', 'HEAD'),
            fc.array(segment, { maxLength: 4 }),
            fc.webQueryParameters(),
            async (method, segments, query) => {
              const path = `/api/${segments.join('/')}${query ? `?${query}` : ''}`;
              const res = await send(port, method, path, account.headers, method === 'GET' || method === 'HEAD' ? undefined : Buffer.from('{}'));
              expect(res.status).toBeLessThan(500);
              expect(res.body).not.toContain('shell');
            },
          ),
          { numRuns: 150 },
        );
        expect((await send(port, 'GET', '/api/records', account.headers)).status).toBe(200);
        // Some 300 connections: seconds on a busy machine.
      }, 60_000);

      it('answers 429 past the rate limit, per client address', async () => {
        const limited = await buildServer({ webRoot, storage: database.storage, api: { ...CHEAP, rateLimitPerMinute: 3 } });
        try {
          const statuses = [];
          for (let i = 0; i < 5; i += 1) statuses.push((await limited.inject({ url: `/api/shares/${shareId()}`, remoteAddress: '10.0.0.1' })).statusCode);
          expect(statuses).toEqual([404, 404, 404, 429, 429]);
          const refused = await limited.inject({ url: '/api/shares', remoteAddress: '10.0.0.1' });
          expect(json(refused)).toEqual({ error: 'too many requests' });
          expect(refused.headers['cache-control']).toBe('no-store');
          expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
          expect((await limited.inject({ url: `/api/shares/${shareId()}`, remoteAddress: '10.0.0.2' })).statusCode).toBe(404);
          // The app itself is not limited.
          expect((await limited.inject({ url: '/', remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
        } finally {
          await limited.close();
        }
      });

      it('behind a trusted proxy, limits each forwarded client and checks the forwarded host; other addresses cannot claim either', async () => {
        const proxied = await buildServer({ webRoot, storage: database.storage, api: { ...CHEAP, rateLimitPerMinute: 2 }, trustedProxies: ['10.0.0.0/8'] });
        try {
          const via = (remoteAddress: string, client: string) =>
            proxied.inject({
              url: `/api/shares/${shareId()}`,
              remoteAddress,
              headers: { 'x-forwarded-for': client, 'x-forwarded-host': 'ebb.example', host: 'internal:8080', origin: 'https://ebb.example' },
            });
          expect([
            (await via('10.1.1.1', '203.0.113.1')).statusCode,
            (await via('10.1.1.1', '203.0.113.1')).statusCode,
            (await via('10.1.1.1', '203.0.113.1')).statusCode,
          ]).toEqual([404, 404, 429]);
          expect((await via('10.1.1.1', '203.0.113.2')).statusCode).toBe(404);
          // Not a trusted proxy: its forwarded headers are ignored, so the origin does not match its Host.
          expect((await via('192.0.2.9', '203.0.113.3')).statusCode).toBe(403);
        } finally {
          await proxied.close();
        }
      });

      it('answers 503 while the database cannot answer, and stays up', async () => {
        const gone = await open();
        const broken = await buildServer({ webRoot, storage: gone.storage, api: CHEAP });
        try {
          const account = newAccount();
          await gone.storage.close();
          const answers = await Promise.all([
            broken.inject({ method: 'POST', url: '/api/accounts', payload: { accountId: account.accountId, authKey: account.authKey } }),
            broken.inject({ url: '/api/records', headers: account.headers }),
            broken.inject({ url: `/api/shares/${shareId()}` }),
          ]);
          for (const res of answers) expect([res.statusCode, json(res)]).toEqual([503, { error: 'unavailable' }]);
          expect((await broken.inject({ url: '/' })).statusCode).toBe(200);
        } finally {
          await broken.close();
          await gone.dispose().catch(() => undefined);
        }
      });
    });
  });
}
