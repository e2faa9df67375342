// One safe-language test per catalogue, in each language with its own rules (docs/clinical-rules.md rules 3–6 and 11), and
// the formatter.
import { describe, expect, it } from 'vitest';
import { collectStrings, findUnsafeLanguage } from '@ebb/core';
import type { Language } from '@ebb/content';
import { format } from './messages.ts';

// Every catalogue file in this folder, found by name, so a new screen's catalogue is scanned without being
// listed here (en.ts, en-plan.ts, es-skills.ts, fr-diary.ts, and any later one). Its name's first two letters
// are its language.
const found = { ...import.meta.glob<Record<string, unknown>>(['./en*.ts', './es*.ts', './fr*.ts'], { eager: true }) };
const catalogues = Object.entries(found)
  .filter(([path]) => !path.endsWith('.test.ts'))
  .map(([path, catalogue]) => [path, path.slice(2, 4) as Language, catalogue] as const);

describe('message catalogues', () => {
  it('are all found', () => {
    expect(catalogues.map(([path]) => path)).toEqual(
      expect.arrayContaining([
        './en.ts',
        './en-plan.ts',
        './en-skills.ts',
        './en-diary.ts',
        './en-backup.ts',
        './es.ts',
        './es-plan.ts',
        './fr.ts',
        './fr-plan.ts',
      ]),
    );
  });

  it.each(catalogues)('%s contains no unsafe wording in its language (banned terms, labels, method words)', (_path, language, catalogue) => {
    const problems = collectStrings(catalogue).flatMap((text) =>
      findUnsafeLanguage(text, language).map((hit) => `${hit.kind}: ${hit.found} in "${text}" (${hit.instead})`),
    );
    expect(problems).toEqual([]);
  });

  it.each(catalogues)('%s has no empty strings', (_path, _language, catalogue) => {
    expect(collectStrings(catalogue).filter((s) => s.trim() === '')).toEqual([]);
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Call {number}', { number: '116 123' })).toBe('Call 116 123');
    expect(format('Text {keyword} to {number}', { number: '85258' })).toBe('Text {keyword} to 85258');
  });
});
