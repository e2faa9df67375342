// Each way a typed pairing code or a pasted link can be wrong has its own plain sentence, with the counts and
// the character that help find the mistake.
import { describe, expect, it } from 'vitest';
import { parsePairingInput, type PairingError } from '@ebb/core';
import { describePairingError } from './describe-pairing-error.ts';

const errorOf = (typed: string): PairingError => {
  const result = parsePairingInput(typed);
  if (result.ok) throw new Error(`${typed} was read as a code`);
  return result.error;
};

describe('describePairingError', () => {
  it('says what is wrong with what was typed or pasted, each in its own words', () => {
    const typed = ['', 'ABCD-EFGH', 'ABCD-EFGU', 'https://example.org/settings', 'https://example.org/pair'];
    const sentences = typed.map((t) => describePairingError(errorOf(t)));
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(sentences[1]).toBe('That’s 8 letters and numbers; a code has 56. Check for a missing or extra group.');
    expect(sentences[2]).toContain('“U” (in group 2)');
    expect(describePairingError({ kind: 'mistyped' })).toMatch(/^One of the characters doesn’t match/);
    expect(describePairingError({ kind: 'in-query' })).toMatch(/Type the code from your other device instead\.$/);
  });
});
