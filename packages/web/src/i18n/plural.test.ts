// Counted phrases follow the language's own plural rules (Intl.PluralRules), here French's: 0 and 1 are "one".
import { describe, expect, it, vi } from 'vitest';
import { frDiary } from './fr-diary.ts';
import { enDiary } from './en-diary.ts';

vi.mock('./language.ts', () => ({ language: 'fr', locale: 'fr-CA' }));

describe('plural', () => {
  it('chooses each count’s form by the language’s rules and fills in the count and any other value', async () => {
    const { plural } = await import('./messages.ts');
    const forms = { one: frDiary.progress.day, other: frDiary.progress.days };
    expect(plural(0, forms)).toBe('0 jour');
    expect(plural(1, forms)).toBe('1 jour');
    expect(plural(2, forms)).toBe('2 jours');
    expect(plural(1, { one: frDiary.progress.ofRecordedOne, other: frDiary.progress.ofRecorded }, { free: 1, recorded: 1 })).toBe('1 sur 1 jour enregistré');
  });

  it('leaves no placeholder unfilled in any one-form (each carries its count)', () => {
    expect(enDiary.progress.day).toContain('{count}');
    expect(frDiary.progress.day).toContain('{count}');
  });
});
