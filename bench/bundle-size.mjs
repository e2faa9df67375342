// P1–P3 of the performance budgets (README.md, "Performance"): bytes a phone must download, gzip-compressed (level 9, as a server would send).
//   P1 firstScreenJs: the JavaScript index.html loads (module entry and its preloads) — budget 34 KB
//   P2 precache: everything the service worker stores for offline use, plus the worker itself — budget 400 KB
//   P3 indexHtml: the first HTML response, which already holds the crisis lines — budget 14 KB
// Each language is a build of its own, and each must meet every budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budgets above in bytes, keyed like the figures bundleSizes returns. 1 KB is read as 1000 bytes, the stricter reading. */
export const sizeBudgets = {
  P1_firstScreenJsGzipBytes: { name: 'P1 first-screen JavaScript', bytes: 34_000 },
  P2_precacheGzipBytes: { name: 'P2 offline precache', bytes: 400_000 },
  P3_indexHtmlGzipBytes: { name: 'P3 index.html', bytes: 14_000 },
};

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Each language's build: English at the web root, the others under /<language>/ (scripts/build-languages.mjs). */
export const builtLanguages = ['en', 'es', 'fr'];
const webRoot = 'packages/web/dist';

/** One language's figures; its HTML names its files from the web root ("/es/assets/…"), its worker from its own folder. */
export function bundleSizes(language = 'en') {
  const dist = language === 'en' ? webRoot : join(webRoot, language);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const firstScreen = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/g),
  ].map((m) => m[1]);
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  // The worker bundles Workbox itself; its precache list is injected as JSON ({"url":"…"}).
  const precached = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
  const files = [...new Set([...precached, 'sw.js'])];
  return {
    P1_firstScreenJsGzipBytes: firstScreen.reduce((n, f) => n + gz(join(webRoot, f)), 0),
    P2_precacheGzipBytes: files.reduce((n, f) => n + gz(join(dist, f)), 0),
    P2_precacheFiles: files.length,
    P3_indexHtmlGzipBytes: gz(join(dist, 'index.html')),
  };
}
