// One safe-language test per catalogue (docs/clinical-rules.md rules 3–6 and 11), and the formatter.
import { describe, expect, it } from 'vitest';
import { collectStrings, findUnsafeLanguage } from '@ebb/core';
import { format } from './messages.ts';

// Every catalogue file in this folder, found by name, so a new screen's catalogue is scanned without being
// listed here (en.ts, en-plan.ts, en-skills.ts, en-diary.ts, and any later one).
const catalogues = Object.entries(import.meta.glob<Record<string, unknown>>('./en*.ts', { eager: true })).filter(([path]) => !path.endsWith('.test.ts'));

describe('message catalogues', () => {
  it('are all found', () => {
    expect(catalogues.map(([path]) => path)).toEqual(expect.arrayContaining(['./en.ts', './en-plan.ts', './en-skills.ts', './en-diary.ts', './en-backup.ts']));
  });

  it.each(catalogues)('%s contains no unsafe wording (banned terms, labels, method words)', (_path, catalogue) => {
    const problems = collectStrings(catalogue).flatMap((text) =>
      findUnsafeLanguage(text).map((hit) => `${hit.kind}: ${hit.found} in "${text}" (${hit.instead})`),
    );
    expect(problems).toEqual([]);
  });

  it.each(catalogues)('%s has no empty strings', (_path, catalogue) => {
    expect(collectStrings(catalogue).filter((s) => s.trim() === '')).toEqual([]);
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Call {number}', { number: '116 123' })).toBe('Call 116 123');
    expect(format('Text {keyword} to {number}', { number: '85258' })).toBe('Text {keyword} to 85258');
  });
});
