// Recovery keys round-trip through their written form, and typing mistakes people often make still work.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from './recovery-key.ts';

describe('recovery key', () => {
  it('is 8 groups of 4 characters from an alphabet without I, L, O or U', () => {
    const { text } = generateRecoveryKey();
    expect(text).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){7}$/);
  });

  it('round-trips any 20 bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (bytes) => {
        expect(Array.from(parseRecoveryKey(formatRecoveryKey(bytes))!)).toEqual(Array.from(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('forgives case, spaces, dashes and I/L/O for 1/1/0', () => {
    const { bytes, text } = generateRecoveryKey();
    const typed = text.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o');
    expect(Array.from(parseRecoveryKey(typed)!)).toEqual(Array.from(bytes));
  });

  it('rejects text that cannot be a recovery key', () => {
    expect(parseRecoveryKey('')).toBeUndefined();
    expect(parseRecoveryKey('ABCD-EFGH')).toBeUndefined();
    expect(parseRecoveryKey('UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU')).toBeUndefined();
  });
});
