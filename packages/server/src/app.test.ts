// The server's promises: strict headers on every response and every error, the app shell for every
// screen's address, long caching only for hashed assets, precompressed files sent as they are (never a
// stale copy), only GET and HEAD, and errors that echo nothing.
import { mkdtemp, mkdir, writeFile, symlink, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from './app.ts';
import { precompressFolder } from './precompress.ts';

const style = 'body{color:#123}'.repeat(100);
const indexHtml = `<!doctype html><html><head><style>${style}</style></head><body><div id="app">Hello</div><script type="module" src="/assets/main-abc123.js"></script></body></html>`;
const script = 'console.log(1);'.repeat(200);
const spanishHtml = `<!doctype html><html lang="es"><head><script>var lang="es"</script></head><body><div id="app">Hola</div></body></html>`;
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

let app: FastifyInstance;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ebb-web-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), indexHtml);
  await mkdir(join(root, 'es'));
  await writeFile(join(root, 'es', 'index.html'), spanishHtml);
  await writeFile(join(root, 'assets', 'main-abc123.js'), script);
  await writeFile(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});'.repeat(40));
  await writeFile(join(root, 'icon.png'), Buffer.alloc(2000, 7));
  await writeFile(join(root, 'broken.js'), 'x'.repeat(5000));
  await precompressFolder(root);
  await writeFile(join(root, 'broken.js.br'), 'not brotli at all');
  await symlink('loop.js', join(root, 'loop.js')); // a file that cannot be read: the server's own failure
  app = await buildServer({ webRoot: root });
});

afterAll(() => app.close());

const expectSecurityHeaders = (res: LightMyRequestResponse) => {
  expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  expect(res.headers['content-security-policy']).toContain(`style-src 'self' ${sha(style)}`);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(res.headers['permissions-policy']).toBeDefined();
};

describe('server', () => {
  it('serves the app with a CSP that allows only its own origin and the exact inline style', async () => {
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(indexHtml);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(`style-src 'self' ${sha(style)}`);
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it('sends the security headers on every response', async () => {
    for (const url of ['/', '/assets/main-abc123.js', '/icon.png', '/settings']) expectSecurityHeaders(await app.inject({ url }));
  });

  it('caches hashed assets for a year and makes everything else revalidate', async () => {
    expect((await app.inject({ url: '/assets/main-abc123.js' })).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject({ url: '/' })).headers['cache-control']).toBe('no-cache');
    expect((await app.inject({ url: '/sw.js' })).headers['cache-control']).toBe('no-cache');
  });

  it('answers every screen address with the app shell', async () => {
    for (const url of ['/settings', '/contacts', '/help', '/anything/deeper?x=1']) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toBe(indexHtml);
    }
  });

  it('answers HEAD like GET, without the body', async () => {
    const headers = { 'accept-encoding': 'gzip' };
    const get = await app.inject({ url: '/assets/main-abc123.js', headers });
    const head = await app.inject({ method: 'HEAD', url: '/assets/main-abc123.js', headers });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(head.headers['content-length']).toBe(String(get.rawPayload.length));
    expect(head.body).toBe('');
  });
});

describe('precompressed files', () => {
  it('sends the brotli copy, as it is, to a browser that accepts brotli', async () => {
    const res = await app.inject({ url: '/', headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toBe('Accept-Language, Accept-Encoding');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
    expect(res.rawPayload.length).toBeLessThan(indexHtml.length);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(indexHtml);
    expectSecurityHeaders(res);
  });

  it('sends the gzip copy when brotli is not accepted, and the file itself when nothing is', async () => {
    const gz = await app.inject({ url: '/assets/main-abc123.js', headers: { 'accept-encoding': 'gzip, br;q=0' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(gz.headers['content-length'])).toBe(gz.rawPayload.length);
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await app.inject({ url: '/assets/main-abc123.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toBe('Accept-Encoding');
    expect(plain.headers['content-length']).toBe(String(script.length));
    expect(plain.body).toBe(script);
  });

  it('gives each encoding its own ETag and answers a matching If-None-Match with 304', async () => {
    const br = await app.inject({ url: '/sw.js', headers: { 'accept-encoding': 'br' } });
    const plain = await app.inject({ url: '/sw.js' });
    expect(br.headers.etag).not.toBe(plain.headers.etag);
    const again = await app.inject({ url: '/sw.js', headers: { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expectSecurityHeaders(again);
    expect((await app.inject({ url: '/sw.js', headers: { 'if-none-match': String(br.headers.etag) } })).statusCode).toBe(200);
  });

  it('never compresses an image and never sends a damaged copy', async () => {
    const png = await app.inject({ url: '/icon.png', headers: { 'accept-encoding': 'br, gzip' } });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.length).toBe(2000);
    const broken = await app.inject({ url: '/broken.js', headers: { 'accept-encoding': 'br' } });
    expect(broken.headers['content-encoding']).toBeUndefined(); // its .br is damaged and its .gz was not asked for
    expect(broken.body).toBe('x'.repeat(5000));
  });

  it('sends a file replaced on disk at once, never its outdated copy', async () => {
    const before = await app.inject({ url: '/sw.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(before.headers['content-encoding']).toBe('br');
    await appendFile(join(root, 'sw.js'), '\n// next version\n');
    const after = await app.inject({ url: '/sw.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(after.headers['content-encoding']).toBeUndefined();
    expect(after.body.endsWith('// next version\n')).toBe(true);
    await precompressFolder(root);
    // A copy that appears after the file was served is found within a second.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const recompressed = await app.inject({ url: '/sw.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(recompressed.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(recompressed.rawPayload).toString()).toBe(after.body);
  });
});

describe('errors', () => {
  const expectPlainError = (res: LightMyRequestResponse, status: number, text: string) => {
    expect(res.statusCode).toBe(status);
    expect(res.body).toBe(text);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(res);
  };

  it('404: a missing file, not the shell', async () => {
    expectPlainError(await app.inject({ url: '/assets/gone-123.js' }), 404, 'Not Found');
    expectPlainError(await app.inject({ url: '/.env' }), 404, 'Not Found');
    expectPlainError(await app.inject({ url: '/index.html.br' }), 404, 'Not Found');
    expectPlainError(await app.inject({ url: '/assets/../../etc/passwd.txt' }), 404, 'Not Found');
  });

  it('400: an address whose encoding is broken, without echoing it', async () => {
    for (const url of ['/%E0%A4%A<script>.js', '/help%ZZ<b>hi</b>']) {
      const res = await app.inject({ url });
      expectPlainError(res, 400, 'Bad Request');
      expect(res.body).not.toContain('script');
    }
  });

  it('without storage, answers everything under /api with a JSON 404, never the app shell', async () => {
    for (const [method, url] of [
      ['GET', '/api'],
      ['GET', '/api/records'],
      ['POST', '/api/accounts'],
      ['DELETE', '/api/account'],
      ['GET', '/api/shares/x?y=1'],
    ] as const) {
      const res = await app.inject({ method, url, ...(method === 'GET' ? {} : { payload: { a: 1 } }) });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toBe('{"error":"not found"}');
      expectSecurityHeaders(res);
    }
    // Only the exact /api folder: an app address that merely starts with the letters is still the app.
    expect((await app.inject({ url: '/apiary' })).body).toBe(indexHtml);
  });

  it('405: anything but GET and HEAD, before any body is read', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const) {
      const res = await app.inject({ method, url: '/', payload: 'x' });
      expectPlainError(res, 405, 'Method Not Allowed');
      expect(res.headers.allow).toBe('GET, HEAD');
      expect(res.headers.connection).toBe('close');
    }
  });

  it('413: a body larger than the limit', async () => {
    const res = await app.inject({ method: 'POST', url: '/', payload: 'x'.repeat(70 * 1024) });
    expectPlainError(res, 413, 'Payload Too Large');
  });

  it('414: an address too long, without echoing it', async () => {
    const res = await app.inject({ url: `/help/${'<i>'.repeat(1000)}` });
    expectPlainError(res, 414, 'URI Too Long');
    expect(res.body).not.toContain('<i>');
  });

  it('500: a file the server cannot read, without the reason', async () => {
    const res = await app.inject({ url: '/loop.js' });
    expectPlainError(res, 500, 'Internal Server Error');
    expect(res.body).not.toMatch(/ELOOP|loop/i);
  });

  it('explains a missing build instead of starting broken', async () => {
    await expect(buildServer({ webRoot: join(tmpdir(), 'no-such-ebb-build') })).rejects.toThrow(/npm run build/);
  });
});

describe('languages', () => {
  it('sends a device that prefers Spanish to the Spanish app before anything is shown, keeping the screen and query', async () => {
    const res = await app.inject({ url: '/plan?from=card', headers: { 'accept-language': 'es-US,es;q=0.9,en;q=0.8' } });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/es/plan?from=card');
    expect(res.headers.vary).toContain('Accept-Language');
    expectSecurityHeaders(res);
    const home = await app.inject({ url: '/', headers: { 'accept-language': 'es-MX' } });
    expect(home.headers.location).toBe('/es/');
  });

  it('serves each language its own shell, with a CSP for that shell’s own inline script', async () => {
    const res = await app.inject({ url: '/es/check-in/2026-11-30' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(spanishHtml);
    expect(res.headers['content-security-policy']).toContain(sha('var lang="es"'));
    const english = await app.inject({ url: '/settings', headers: { 'accept-language': 'en-GB' } });
    expect(english.body).toBe(indexHtml);
    expect(english.headers['content-security-policy']).not.toContain(sha('var lang="es"'));
  });

  it('stays in English when asked (?lang=en), for a language it has no build of, and for other languages', async () => {
    for (const [url, accept] of [
      ['/?lang=en', 'es-ES'],
      ['/', 'de-DE,de;q=0.9'],
      ['/', 'en-US,es;q=0.5'],
      ['/', ''],
    ] as const) {
      const res = await app.inject({ url, headers: { 'accept-language': accept } });
      expect(res.statusCode, `${url} ${accept}`).toBe(200);
      expect(res.body).toBe(indexHtml);
    }
    // This web root has no French build: French is served the English app rather than an error.
    const french = await app.inject({ url: '/', headers: { 'accept-language': 'fr-CA' } });
    expect(french.statusCode).toBe(200);
    expect(french.body).toBe(indexHtml);
    expect((await app.inject({ url: '/fr/plan' })).body).toBe(indexHtml);
  });

  it('adds the closing / to a bare language address', async () => {
    const res = await app.inject({ url: '/es' });
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe('/es/');
  });
});
