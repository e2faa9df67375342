// No method or implement wording is readable anywhere in the repository: not in code, comments, tests,
// fixtures or docs (docs/clinical-rules.md rule 3 covers examples and test fixtures), in English, Spanish or French: every
// file is read with every language's method rules, since a Spanish or French word is as readable in a comment
// as in a catalogue. The method rules and the corpora keep their phrases base64-encoded; this test keeps
// everyone else's files to the same standard.
// It lives in the web package because web's tests may read files (core and content may not).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findUnsafeLanguage, methodRulesEveryLanguage } from '@ebb/core';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const skipped = new Set(['node_modules', 'dist', '.git', 'test-results', 'reports', 'playwright-report', '.bench', 'screenshots']);
const textFile = /\.(?:ts|tsx|mts|mjs|js|json|md|html|css|svg|yml|yaml|txt)$/;

function textFilesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (skipped.has(entry.name)) return [];
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return textFilesUnder(path);
    return textFile.test(entry.name) && entry.name !== 'package-lock.json' ? [path] : [];
  });
}

describe('the repository', () => {
  const files = textFilesUnder(root);

  it('is read whole: packages, tests, docs and scripts', () => {
    const names = files.map((path) => relative(root, path));
    expect(names).toEqual(
      expect.arrayContaining([
        'README.md',
        'packages/content/src/skills.ts',
        'packages/web/src/i18n/en.ts',
        'packages/web/src/i18n/es.ts',
        'packages/web/src/i18n/fr.ts',
        'packages/content/src/es/skills.ts',
        'packages/web/e2e/help-now.spec.ts',
        'scripts/test.mjs',
      ]),
    );
  });

  it('has no readable method or implement wording in any file', () => {
    // Reported encoded, so a failure does not print the wording either.
    const found = files.flatMap((path) =>
      findUnsafeLanguage(readFileSync(path, 'utf8'), methodRulesEveryLanguage).map(
        (hit) => `${relative(root, path)}: ${Buffer.from(hit.found).toString('base64')} (decode with Buffer.from(…, 'base64'))`,
      ),
    );
    expect(found).toEqual([]);
  });
});
