// The root's `engines.node` is true: every Node version it allows satisfies the `engines.node` of every package
// installed from the lockfile. (Optional packages npm skipped as unsupported here are not installed, so they
// do not count.) Prints each package that does not run on all of them and exits 1.
import { existsSync, readFileSync } from 'node:fs';
import semver from 'semver';

const root = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const allowed = root.engines.node;

const unsupported = Object.entries(lock.packages)
  .filter(([path, pkg]) => path.startsWith('node_modules/') && pkg.engines?.node && existsSync(path))
  .filter(([, pkg]) => !semver.subset(allowed, pkg.engines.node))
  .map(([path, pkg]) => `${path.slice('node_modules/'.length)}@${pkg.version} needs Node ${pkg.engines.node}`);

for (const line of unsupported) console.error(line);
if (unsupported.length > 0) {
  console.error(`package.json allows Node ${allowed}: narrow it to what they support, or pin or override them.`);
  process.exit(1);
}
