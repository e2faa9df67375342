// Browser tests in Debian's Chromium (no browser download), against the built app as `npm start` serves it.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);
/** The server's SQLite folder for this run (packages/web/e2e/server-data.ts reads it): emptied by the main
 * process before the server starts, so sync and share tests begin from nothing. Workers load this file too. */
const e2eDataDir = join(tmpdir(), `ebb-e2e-data-${port}`);
if (process.env.TEST_WORKER_INDEX === undefined) rmSync(e2eDataDir, { recursive: true, force: true });

export default defineConfig({
  testDir: 'packages/web/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: 'off',
  },
  webServer: {
    command: 'node packages/server/dist/main.js',
    env: { PORT: String(port), HOST: '127.0.0.1', EBB_DATA_DIR: e2eDataDir },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
