// The server's promises: strict headers on every response, the app shell for every screen's address,
// long caching only for hashed assets, compression, and clear 404s for missing files.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './app.ts';

const style = 'body{color:#123}'.repeat(100);
const indexHtml = `<!doctype html><html><head><style>${style}</style></head><body><div id="app">Hello</div><script type="module" src="/assets/main-abc123.js"></script></body></html>`;
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

let app: FastifyInstance;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'ebb-web-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), indexHtml);
  await writeFile(join(root, 'assets', 'main-abc123.js'), 'console.log(1);'.repeat(200));
  await writeFile(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  app = await buildServer({ webRoot: root });
});

afterAll(() => app.close());

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

  it('sends the other security headers on every response, 404s included', async () => {
    for (const url of ['/', '/assets/main-abc123.js', '/missing.png']) {
      const res = await app.inject({ url });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['content-security-policy']).toBeDefined();
    }
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
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toBe(indexHtml);
    }
  });

  it('returns 404 for a missing file instead of the shell', async () => {
    const res = await app.inject({ url: '/assets/gone-123.js' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toBe('Not found');
  });

  it('compresses when the browser accepts it', async () => {
    const gz = await app.inject({ url: '/assets/main-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const br = await app.inject({ url: '/', headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
  });

  it('refuses to modify anything', async () => {
    const res = await app.inject({ method: 'POST', url: '/', payload: 'x' });
    expect(res.statusCode).toBe(404);
  });

  it('explains a missing build instead of starting broken', async () => {
    await expect(buildServer({ webRoot: join(tmpdir(), 'no-such-ebb-build') })).rejects.toThrow(/npm run build/);
  });
});
