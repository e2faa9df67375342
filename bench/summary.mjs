// P7 (summary): the clinician summary for a month (buildSummary + CSV + FHIR R4 Bundle) over the P6 ten-year
// dataset, computed after decryption. The TypeScript entry (bench/unlock/summary-bench.ts) is bundled once
// (rolldown) and run unchanged in Node and in Chromium with 4× CPU throttling. Budget: ≤ 100 ms in Chromium
// at 4×. Reports medians of `runs`. Run alone (`node bench/summary.mjs`), it prints the figures as JSON on its
// last line.
import { mkdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, ensureChromium } from '../scripts/chromium.mjs';

const OUT = '.bench/summary-bench.mjs';
const BUDGET_MS = 100;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (ms) => Math.round(ms * 10) / 10;
const summarise = (results) => ({
  totalMs: round(median(results.map((r) => r.totalMs))),
  buildMs: round(median(results.map((r) => r.buildMs))),
  csvMs: round(median(results.map((r) => r.csvMs))),
  fhirMs: round(median(results.map((r) => r.fhirMs))),
  responses: results[0].responses,
  csvBytes: results[0].csvBytes,
  fhirBytes: results[0].fhirBytes,
});

async function bundle() {
  mkdirSync('.bench', { recursive: true });
  const build = await rolldown({
    input: 'bench/unlock/summary-bench.ts',
    platform: 'neutral',
    resolve: { mainFields: ['module', 'main'] },
    logLevel: 'silent',
  });
  await build.write({ file: OUT, format: 'esm' });
  await build.close();
}

async function inNode(runs) {
  const bench = await import(pathToFileURL(OUT).href);
  const source = bench.prepare();
  bench.summaryOnce(source); // warm-up, as the screen's first summary follows its loading
  const results = [];
  for (let i = 0; i < runs; i++) results.push(bench.summaryOnce(source));
  return summarise(results);
}

async function inChromium(runs, throttle) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const origin = 'http://127.0.0.1:9';
    const code = readFileSync(OUT, 'utf8');
    // Served from memory on a loopback origin; no server, no network.
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
    await page.evaluate(() => {
      globalThis.ebbSource = globalThis.ebbBench.prepare();
      globalThis.ebbBench.summaryOnce(globalThis.ebbSource);
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await page.evaluate(() => globalThis.ebbBench.summaryOnce(globalThis.ebbSource)));
    return { cpuThrottle: throttle, ...summarise(results) };
  } finally {
    await browser.close();
  }
}

/** The month's summary in Node and in Chromium at 4× CPU; the budget applies to Chromium's total. */
export async function summaryBenchmark(runs = 7) {
  await bundle();
  const chromium4x = await inChromium(runs, 4);
  return { month: '2025-11', budgetMs: BUDGET_MS, withinBudget: chromium4x.totalMs <= BUDGET_MS, node: await inNode(runs), chromium4x };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.env.CHROME_PATH = ensureChromium();
  console.log(JSON.stringify({ P7_summary: await summaryBenchmark() }));
}
