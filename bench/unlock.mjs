// P6: unlock = Argon2id key derivation + opening every record of a seeded ten-year dataset.
// The benchmark's TypeScript entry is bundled once (rolldown) and run unchanged in Node and in Chromium
// with 4× CPU throttling. Budget: ≤ 1.5 s in Chromium at 4×. Reports medians of `runs`, and once the cost
// of a key rotation's re-sealing of the same records (passcode set, change or removal).
import { mkdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const OUT = '.bench/unlock-bench.mjs';
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const summarise = (results) => ({
  totalMs: Math.round(median(results.map((r) => r.deriveMs + r.decryptMs))),
  deriveMs: Math.round(median(results.map((r) => r.deriveMs))),
  decryptMs: Math.round(median(results.map((r) => r.decryptMs))),
});

async function bundle() {
  mkdirSync('.bench', { recursive: true });
  const build = await rolldown({ input: 'bench/unlock/unlock-bench.ts', platform: 'neutral', resolve: { mainFields: ['module', 'main'] }, logLevel: 'silent' });
  await build.write({ file: OUT, format: 'esm' });
  await build.close();
}

async function inNode(runs, layout) {
  const bench = await import(pathToFileURL(OUT).href);
  const prepared = await bench.prepare(layout);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await bench.unlockOnce(prepared));
  const reseal = await bench.resealOnce(prepared);
  return { ...summarise(results), records: results[0].records, plaintextBytes: prepared.plaintextBytes, rotationResealMs: Math.round(reseal.resealMs) };
}

async function inChromium(runs, throttle, layout) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const origin = 'http://127.0.0.1:9';
    const code = readFileSync(OUT, 'utf8');
    // Served from memory on a loopback origin (a secure context for WebCrypto); no server, no network.
    await page.route(`${origin}/**`, (route) =>
      route.request().url().endsWith('.mjs')
        ? route.fulfill({ contentType: 'text/javascript', body: code })
        : route.fulfill({
            contentType: 'text/html',
            body: '<script type="module">import * as b from "/bench.mjs"; globalThis.ebbBench = b; globalThis.ebbReady = true;</script>',
          }),
    );
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => globalThis.ebbReady === true);
    await page.evaluate(async (l) => {
      globalThis.ebbPrepared = await globalThis.ebbBench.prepare(l);
    }, layout);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await page.evaluate(() => globalThis.ebbBench.unlockOnce(globalThis.ebbPrepared)));
    const reseal = await page.evaluate(() => globalThis.ebbBench.resealOnce(globalThis.ebbPrepared));
    return { cpuThrottle: throttle, ...summarise(results), records: results[0].records, rotationResealMs: Math.round(reseal.resealMs) };
  } finally {
    await browser.close();
  }
}

/** Both layouts; the budget applies to `monthly`, the layout high-volume records must use. */
export async function unlockBenchmark(runs = 5) {
  await bundle();
  const result = {};
  for (const layout of ['monthly', 'per-item']) {
    result[layout] = { node: await inNode(runs, layout), chromium4x: await inChromium(runs, 4, layout) };
  }
  return result;
}
