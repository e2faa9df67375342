// Type-checks each package with its own compiler settings (core has no DOM, server no DOM, web both).
import { spawnSync } from 'node:child_process';

const projects = ['packages/content', 'packages/core', 'packages/web', 'packages/web/src/sw', 'packages/server', 'bench/unlock', 'bench/patterns', '.'];
let failed = false;
for (const project of projects) {
  const run = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
