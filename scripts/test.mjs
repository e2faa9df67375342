// `npm test`: every check, in order — Chromium and PostgreSQL present, formatting, declared dependencies, Node engines, lint,
// typecheck, unit and property tests, build, size budgets, browser tests — then one closing line counted from
// the runners' own reports: `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';
import { ensurePostgres } from './postgres.mjs';

const results = 'reports';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const failedSteps = [];
function step(name, command, args) {
  console.log(`\n▶ ${name}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (run.status !== 0) failedSteps.push(name);
  return run.status === 0;
}

try {
  process.env.CHROME_PATH = ensureChromium();
  // The server's storage tests start a real PostgreSQL from these programs.
  process.env.EBB_POSTGRES_BIN = ensurePostgres();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const bin = (name) => `node_modules/.bin/${name}`;
step('formatting', bin('prettier'), ['--check', '--cache', '--log-level=warn', '.']);
step('declared dependencies', process.execPath, ['scripts/check-dependencies.mjs']);
step('Node engines', process.execPath, ['scripts/check-engines.mjs']);
step('lint', bin('eslint'), ['.']);
step('typecheck', process.execPath, ['scripts/typecheck.mjs']);
step('unit and property tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${results}/unit.json`]);
const built = step('build', 'npm', ['run', 'build', '--silent']);
if (built) {
  step('size budgets', process.execPath, ['scripts/check-size-budgets.mjs']);
  step('browser tests', bin('playwright'), ['test']);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const unit = readJson(`${results}/unit.json`);
const e2e = readJson(`${results}/e2e.json`);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0);

if (failedSteps.length > 0) console.log(`\nFailed: ${failedSteps.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
