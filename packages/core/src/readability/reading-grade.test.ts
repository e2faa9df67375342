// The reading-level measure itself, on words and sentences whose counts and grades are known.
import { describe, expect, it } from 'vitest';
import { countReading, countSyllables, fleschKincaidGrade } from './reading-grade.ts';

describe('countSyllables', () => {
  it('counts everyday words right', () => {
    const known: Record<string, number> = {
      the: 1,
      cat: 1,
      plan: 1,
      hope: 1,
      because: 2,
      happy: 2,
      water: 2,
      feelings: 2,
      talking: 2,
      table: 2,
      yellow: 2,
      recovery: 4,
      understanding: 4,
      medication: 4,
      therapy: 3,
      urges: 2,
      wishes: 2,
      wanted: 2,
      helped: 1,
      tried: 1,
    };
    expect(Object.fromEntries(Object.keys(known).map((w) => [w, countSyllables(w)]))).toEqual(known);
  });

  it('errs by one, never more, on the words it is known to miss', () => {
    // Two vowels together are read as one beat: "anxiety" has 4, "beautiful" 3, "idea" 3.
    expect(countSyllables('anxiety')).toBe(3);
    expect(countSyllables('beautiful')).toBe(4);
    expect(countSyllables('idea')).toBe(2);
  });

  it('reads a number as one beat and ignores punctuation', () => {
    expect(countSyllables('10')).toBe(1);
    expect(countSyllables('"plan,"')).toBe(1);
    expect(countSyllables('')).toBe(0);
  });
});

describe('countReading', () => {
  it('splits sentences at full stops, question and exclamation marks, and counts each piece as a sentence', () => {
    expect(countReading(['The cat sat on the mat. It was happy!', 'A heading'])).toEqual({ sentences: 3, words: 11, syllables: 13 });
  });

  it('counts a hyphenated word once, with the syllables of both parts', () => {
    expect(countReading(['Self-harm recovery.'])).toEqual({ sentences: 1, words: 2, syllables: 6 });
  });

  it('does not end a sentence inside a number', () => {
    expect(countReading(['It is 10.5 degrees.'])).toEqual({ sentences: 1, words: 4, syllables: 5 });
  });
});

describe('fleschKincaidGrade', () => {
  it('scores a short, plain sentence far below grade 8', () => {
    // 6 words, 6 syllables, 1 sentence: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45.
    expect(fleschKincaidGrade(['The cat sat on the mat.'])).toBeCloseTo(-1.45, 2);
  });

  it('scores long, dense academic prose far above grade 8', () => {
    const dense =
      'Pharmacological interventions demonstrate considerable heterogeneity regarding effectiveness, necessitating individualised consideration of comorbidities, contraindications and psychological formulation.';
    expect(fleschKincaidGrade([dense])).toBeGreaterThan(16);
  });

  it('agrees with the formula on a known passage', () => {
    // 2 sentences, 13 words, 14 syllables (only "urges" has two): 0.39 × 6.5 + 11.8 × 14/13 − 15.59 ≈ −0.35.
    const text = 'Urges rise and fall like a wave. You can ride this one out.';
    expect(countReading([text])).toEqual({ sentences: 2, words: 13, syllables: 14 });
    expect(fleschKincaidGrade([text])).toBeCloseTo(-0.35, 2);
  });

  it('is 0 for no text', () => {
    expect(fleschKincaidGrade([])).toBe(0);
  });
});
