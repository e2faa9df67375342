// The built app as served contains no unsafe wording (docs/clinical-rules.md rules 3–6 and 11): every HTML page, every
// script chunk's string literals and the manifest of each language's build (English in dist/, Spanish in
// dist/es/, French in dist/fr/), scanned with that language's rules, as the content and the catalogues are.
// This catches wording that never passed through a catalogue (a literal in a component, a prerendered page,
// a dependency). `npm test` always builds before the browser tests, so the files are here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './page-errors.ts';
import { collectStrings, findUnsafeLanguage, normaliseForScan } from '@ebb/core';
import type { Language } from '@ebb/content';
import { htmlText, scriptStrings } from './built-text.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

/** What each kind of built file can show. Source maps and images are not shown to anyone. */
function shownText(path: string): string[] | undefined {
  const source = readFileSync(path, 'utf8');
  if (path.endsWith('.html')) return htmlText(source);
  if (path.endsWith('.js')) return scriptStrings(source);
  if (path.endsWith('.webmanifest')) return collectStrings(JSON.parse(source));
  return undefined;
}

/** Each language's build lives in its own folder; everything else is the English build. */
const languageOf = (name: string): Language => (name.startsWith('es/') ? 'es' : name.startsWith('fr/') ? 'fr' : 'en');

const scanned = filesUnder(dist).flatMap((path) => {
  const text = shownText(path);
  const name = relative(dist, path);
  return text ? [{ name, language: languageOf(name), text }] : [];
});

test('the built app is there to scan: its pages, its script chunks and its manifest', () => {
  // Without this, a missing build would mean no tests below, and silence would look like a pass.
  const names = scanned.map((file) => file.name);
  for (const folder of ['', 'es/', 'fr/']) {
    expect(names).toContain(`${folder}index.html`);
    expect(names).toContain(`${folder}manifest.webmanifest`);
    expect(names.filter((name) => name.startsWith(`${folder}assets/`) && name.endsWith('.js')).length).toBeGreaterThan(10);
  }
});

test('the scan reads string literals, not code', () => {
  // A phrase inside a string is found even when minified; the same words as identifiers are not.
  expect(scriptStrings('const a="You failed.";let committed_suicide=1;')).toEqual(['You failed.']);
  expect(scriptStrings('x=`${n} days clean`')).toEqual(['{value} days clean']);
  expect(
    htmlText('<p title="a &amp; b">been <b>clean</b> for 3 weeks</p><script>var s="at risk"</script>').flatMap((text) =>
      findUnsafeLanguage(text).map((m) => m.found),
    ),
  ).toEqual(['been clean', 'clean for 3 weeks', 'at risk']);
  // …and a Spanish or French page is read with its own language's rules.
  expect(htmlText('<p>Llevo <b>30 días limpio</b></p>').flatMap((text) => findUnsafeLanguage(text, 'es').map((m) => m.found))).toEqual(['30 días limpio']);
  expect(htmlText('<p>Tu as <i>rechuté</i></p>').flatMap((text) => findUnsafeLanguage(text, 'fr').map((m) => m.found))).toEqual(['rechuté']);
});

/** The words around a hit, so a failure says where in a long page or chunk the wording is. */
function around(text: string, found: string): string {
  const flat = normaliseForScan(text);
  const at = flat.indexOf(found);
  return flat.slice(Math.max(0, at - 80), at + found.length + 80).trim();
}

for (const file of scanned) {
  test(`${file.name} shows no unsafe wording (${file.language} rules)`, () => {
    const problems = file.text.flatMap((text) =>
      findUnsafeLanguage(text, file.language).map((hit) => `${hit.kind}: "${hit.found}" (${hit.instead}) in "…${around(text, hit.found)}…"`),
    );
    expect(problems).toEqual([]);
  });
}
