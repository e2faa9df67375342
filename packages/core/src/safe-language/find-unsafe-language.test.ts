// The safe-language scanner, and the scan of all content against it (CLINICAL.md rules 3–6 and 11).
import { describe, expect, it } from 'vitest';
import * as content from '@ebb/content';
import { collectStrings, findUnsafeLanguage } from './find-unsafe-language.ts';

describe('findUnsafeLanguage', () => {
  it('finds stigmatising and unsafe phrases, with what to say instead', () => {
    expect(findUnsafeLanguage('He committed suicide').map((m) => m.found)).toEqual(['committed suicide']);
    expect(findUnsafeLanguage('a Self-Harmer').map((m) => m.found)).toEqual(['Self-Harmer']);
    expect(findUnsafeLanguage('30 days clean!')[0]?.instead).toBe('self-harm-free days');
    expect(findUnsafeLanguage('Your risk score is high').length).toBe(1);
    expect(findUnsafeLanguage('You lost your streak').length).toBe(1);
  });

  it('finds method words although the list is stored encoded', () => {
    const encodedWord = atob(content.methodTermsEncoded[0]!);
    expect(findUnsafeLanguage(`some ${encodedWord.toUpperCase()} here`)).toHaveLength(1);
  });

  it('leaves safe recovery language alone', () => {
    const safe = 'A person who self-harms can cut down or stop. A slip is information, not failure. Self-harm-free days in the last 30.';
    expect(findUnsafeLanguage(safe)).toEqual([]);
  });

  it('is not fooled by curly apostrophes or non-breaking spaces', () => {
    expect(findUnsafeLanguage('commit\u00a0suicide')).toHaveLength(1);
  });

  it('collects every string in nested content', () => {
    expect(collectStrings({ a: 'x', b: ['y', { c: 'z' }], d: 3 })).toEqual(['x', 'y', 'z']);
  });
});

describe('all content', () => {
  const scanned = {
    crisisHelp: content.crisisHelp,
    directory: content.internationalDirectory,
    medicalHelp: content.medicalHelp,
    planSections: content.planSections,
    planBarriers: content.planBarriers,
    supportCard: [content.sayToMe, content.dontSayToMe, content.supporterGuidance],
    skills: content.skills,
    references: content.references,
  };
  it('contains no banned term or method word', () => {
    const problems = collectStrings(scanned).flatMap((text) => findUnsafeLanguage(text).map((m) => `${m.found} in "${text}"`));
    expect(problems).toEqual([]);
  });
});
