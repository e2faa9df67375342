// Where the browser tests' server keeps its SQLite file (playwright.config.ts sets EBB_DATA_DIR to it), so a
// test can read the raw tables as someone with the server's disk would.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const e2eDataDir = join(tmpdir(), `ebb-e2e-data-${Number(process.env.E2E_PORT ?? 4173)}`);
