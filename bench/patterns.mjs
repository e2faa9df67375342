// P7 (patterns): computing every pattern for "everything" over the decrypted P6 ten-year dataset, in Chromium
// with 4× CPU throttling. Budget: ≤ 50 ms (issue 13). The entry (bench/patterns/patterns-bench.ts) is bundled
// once (rolldown); the records are sealed and opened before timing, so only the patterns are measured. Reports
// the median of `runs`. Run alone: `node bench/patterns.mjs` prints the figure as JSON on its last line.
import { mkdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const OUT = '.bench/patterns-bench.mjs';
export const PATTERNS_BUDGET_MS = 50;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function bundle() {
  mkdirSync('.bench', { recursive: true });
  const build = await rolldown({
    input: 'bench/patterns/patterns-bench.ts',
    platform: 'neutral',
    resolve: { mainFields: ['module', 'main'] },
    logLevel: 'silent',
  });
  await build.write({ file: OUT, format: 'esm' });
  await build.close();
}

/** P7 patterns: `{ chromium4x: { medianMs, runs, runsMs, checkIns, episodes, budgetMs, withinBudget } }`. */
export async function patternsBenchmark(runs = 15, throttle = 4) {
  await bundle();
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
    const counts = await page.evaluate(async () => {
      const prepared = await globalThis.ebbBench.prepare();
      globalThis.ebbInput = prepared.input;
      return { checkIns: prepared.checkIns, episodes: prepared.episodes };
    });
    // One run before throttling, so the first timed run is not also the first compile.
    await page.evaluate(() => globalThis.ebbBench.patternsOnce(globalThis.ebbInput));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const times = [];
    for (let i = 0; i < runs; i++) times.push((await page.evaluate(() => globalThis.ebbBench.patternsOnce(globalThis.ebbInput))).ms);
    const medianMs = Math.round(median(times) * 10) / 10;
    // Every run is reported too: the first ones after a fresh load are slower (the engine has not optimised yet).
    const runsMs = times.map((t) => Math.round(t * 10) / 10);
    return {
      chromium4x: { cpuThrottle: throttle, medianMs, runs, runsMs, ...counts, budgetMs: PATTERNS_BUDGET_MS, withinBudget: medianMs <= PATTERNS_BUDGET_MS },
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await patternsBenchmark();
  console.log(JSON.stringify({ P7_patterns: result }));
}
