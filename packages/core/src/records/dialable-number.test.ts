// A typed number becomes digits to dial, keeping an international +, or nothing when it cannot be one.
import { describe, expect, it } from 'vitest';
import { dialableNumber } from './dialable-number.ts';

describe('dialable numbers', () => {
  it('turns a typed number into digits to dial, keeping an international +', () => {
    expect(dialableNumber('+44 (0)7700-900 123')).toBe('+4407700900123');
    expect(dialableNumber('07700 900123')).toBe('07700900123');
    expect(dialableNumber('12')).toBeUndefined();
    expect(dialableNumber('555-CALL')).toBeUndefined();
  });
});
