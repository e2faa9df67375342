// One safe-language test over the whole catalogue (CLINICAL.md rules 3–6 and 11), and the formatter.
import { describe, expect, it } from 'vitest';
import { collectStrings, findUnsafeLanguage } from '@ebb/core';
import { en } from './en.ts';
import { enPlan } from './en-plan.ts';
import { enSkills } from './en-skills.ts';
import { enDiary } from './en-diary.ts';
import { enBackup } from './en-backup.ts';
import { format } from './messages.ts';

describe('message catalogue', () => {
  it('contains no banned term or method word (every screen, the plan’s included)', () => {
    const problems = collectStrings([en, enPlan, enSkills, enDiary, enBackup]).flatMap((text) => findUnsafeLanguage(text).map((hit) => `${hit.found} in "${text}" (${hit.instead})`));
    expect(problems).toEqual([]);
  });

  it('has no empty strings', () => {
    expect(collectStrings([en, enPlan, enSkills, enDiary, enBackup]).filter((s) => s.trim() === '')).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Call {number}', { number: '116 123' })).toBe('Call 116 123');
    expect(format('Text {keyword} to {number}', { number: '85258' })).toBe('Text {keyword} to 85258');
  });
});
