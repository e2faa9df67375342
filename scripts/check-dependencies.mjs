// Every package a file imports is declared in the package.json that owns the file, so each workspace package
// installs and builds on its own and nothing works only because npm happened to hoist someone else's
// dependency. Shipped code counts only its own package's declarations; tests and tooling (tests, browser
// tests, build and test configs) may also use the root's devDependencies, where the shared test tools live.
// Prints each missing declaration with the files that need it and exits 1; silent and 0 when all are declared.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = process.cwd();
const skipped = new Set(['node_modules', 'dist', '.git', 'reports', 'test-results', 'playwright-report', '.bench', 'public']);
const sourceFile = /\.(ts|tsx|mts|js|mjs)$/;
const tooling = /(\.test\.tsx?|\.test-support\.ts|\.spec\.ts|-contract\.ts|(^|\/)e2e\/.*|(^|\/)vite\.config\.ts|\.d\.ts)$/;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (sourceFile.test(entry.name)) yield path;
  }
}

const manifests = new Map();
function declared(dir) {
  if (!manifests.has(dir)) {
    const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const names = [json.dependencies, json.devDependencies, json.peerDependencies, json.optionalDependencies].flatMap((d) => Object.keys(d ?? {}));
    manifests.set(dir, new Set([json.name, ...names]));
  }
  return manifests.get(dir);
}

/** The folder of the package.json that owns a file: its workspace package, or the root for everything else. */
const owner = (file) => relative(root, file).match(/^packages\/[^/]+/)?.[0] ?? '.';

/** `@scope/name/deep/path` → `@scope/name`; `name/deep` → `name`; relative paths and Node built-ins → none. */
function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return builtinModules.includes(name) ? undefined : name;
}

/** `package.json → package` → the files that import it without its being declared there. */
const missing = new Map();
for (const dir of ['packages', 'scripts', 'bench', '.']) {
  for (const file of dir === '.' ? readdirSync(root).filter((f) => sourceFile.test(f)) : files(dir)) {
    const text = readFileSync(file, 'utf8');
    const info = ts.preProcessFile(text, true, true);
    const specifiers = [...info.importedFiles, ...info.typeReferenceDirectives].map((ref) => ref.fileName);
    // `declare module 'x'` in a .d.ts describes x's types; it is not an import of x.
    const ambient = new Set([...text.matchAll(/declare module ['"]([^'"]+)['"]/g)].map((m) => m[1]));
    const home = owner(file);
    for (const name of new Set(specifiers.map(packageOf))) {
      if (!name || ambient.has(name) || declared(home).has(name)) continue;
      if (home !== '.' && tooling.test(relative(home, file)) && declared('.').has(name)) continue;
      const key = `${join(home, 'package.json')} does not declare ${name}`;
      missing.set(key, [...(missing.get(key) ?? []), relative(root, file)]);
    }
  }
}

for (const [problem, importers] of missing) {
  const shown = importers.slice(0, 3).join(', ') + (importers.length > 3 ? ` and ${importers.length - 3} more` : '');
  console.error(`${problem}, which ${shown} import${importers.length === 1 ? 's' : ''}`);
}
if (missing.size > 0) {
  console.error('Declare each package in the package.json named (dependencies, or devDependencies for tests and tools).');
  process.exit(1);
}
