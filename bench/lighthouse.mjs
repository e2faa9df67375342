// P4: Lighthouse mobile (its default: simulated slow 4G and 4× CPU slowdown) on the app as `npm start`
// serves it, in Debian's Chromium with a fresh profile each run. Reports the median of the runs.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function once(url) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless', ...chromiumArgs] });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    return {
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
      fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
      tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
      cls: Number(lhr.audits['cumulative-layout-shift'].numericValue?.toFixed(3)),
      failing: Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual' &&
            a.scoreDisplayMode !== 'notApplicable',
        )
        .map((a) => a.id),
    };
  } finally {
    await chrome.kill();
  }
}

/** A run in which Lighthouse itself failed (it reports no figure) is tried again, at most twice. */
async function measured(url) {
  for (let attempt = 1; ; attempt++) {
    const result = await once(url);
    if (Object.values(result).every((v) => !Number.isNaN(v)) || attempt === 3) return result;
  }
}

export async function lighthouseMobile(url, runs = 3) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measured(url));
  const pick = (key) => median(results.map((r) => r[key]));
  return {
    runs,
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    lcpMs: pick('lcpMs'),
    fcpMs: pick('fcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    auditsBelowFullScore: [...new Set(results.flatMap((r) => r.failing))],
  };
}
