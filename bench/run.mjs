// `npm run bench`: builds Ebb, then measures the performance budgets (README.md, "Performance") that exist so far:
// P1–P3 (sizes), P4 (Lighthouse mobile), P5 (tap Ride it out → first step), P6 (unlock: key derivation +
// decrypting ten years of data), P7 (patterns over those ten years; one month's clinician summary), P8 (the
// sync API under 100 concurrent clients, on SQLite and on PostgreSQL).
// Progress goes to stderr; the figures are printed as one JSON object on the last line of stdout.
// Options: --runs N (Lighthouse runs, default 3), --no-build (measure the existing build).
import { spawnSync } from 'node:child_process';
import { builtLanguages, bundleSizes } from './bundle-size.mjs';
import { lighthouseMobile } from './lighthouse.mjs';
import { unlockBenchmark } from './unlock.mjs';
import { rideBenchmark } from './ride.mjs';
import { patternsBenchmark } from './patterns.mjs';
import { summaryBenchmark } from './summary.mjs';
import { syncBenchmark } from './sync.mjs';
import { serveBuiltApp } from '../scripts/serve-built-app.mjs';
import { ensureChromium } from '../scripts/chromium.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;

process.env.CHROME_PATH = ensureChromium();
if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(1);
}

// Each language is a build of its own: every figure that depends on the words is measured per language.
const sizes = Object.fromEntries(builtLanguages.map((language) => [language, bundleSizes(language)]));
const baseOf = (language) => (language === 'en' ? '/' : `/${language}/`);
process.stderr.write(`sizes: ${JSON.stringify(sizes)}\n`);
const server = await serveBuiltApp();
try {
  const P4_lighthouseMobile = {};
  for (const language of builtLanguages) P4_lighthouseMobile[language] = await lighthouseMobile(`${server.url}${baseOf(language).slice(1)}`, runs);
  process.stderr.write(`P4: ${JSON.stringify(P4_lighthouseMobile)}\n`);
  const P5_rideItOut = {};
  for (const language of builtLanguages) P5_rideItOut[language] = await rideBenchmark(server.url, baseOf(language));
  process.stderr.write(`P5: ${JSON.stringify(P5_rideItOut)}\n`);
  const P6_unlock = await unlockBenchmark(5);
  process.stderr.write(`P6: ${JSON.stringify(P6_unlock)}\n`);
  const P7 = { patterns: await patternsBenchmark(), monthSummary: await summaryBenchmark() };
  const P8_sync = await syncBenchmark();
  console.log(JSON.stringify({ ...sizes, P4_lighthouseMobile, P5_rideItOut, P6_unlock, P7, P8_sync }));
} finally {
  server.stop();
}
