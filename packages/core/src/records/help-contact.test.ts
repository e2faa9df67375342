// What a person types for a help contact gets a precise problem per field, and numbers become dialable.
import { describe, expect, it } from 'vitest';
import { checkHelpContact, dialableNumber } from './help-contact.ts';

describe('help contacts', () => {
  it('accepts a name with or without a number', () => {
    expect(checkHelpContact({ name: 'Sam', phone: '', note: '' })).toEqual({});
    expect(checkHelpContact({ name: 'Sam', phone: '+44 7700 900123', note: 'my sister' })).toEqual({});
  });

  it('says which field is wrong and why', () => {
    expect(checkHelpContact({ name: '  ', phone: 'call me', note: 'x'.repeat(141) })).toEqual({
      name: 'required',
      phone: 'not-a-number',
      note: 'too-long',
    });
    expect(checkHelpContact({ name: 'x'.repeat(81), phone: '1'.repeat(33), note: '' })).toEqual({ name: 'too-long', phone: 'too-long' });
  });

  it('turns a typed number into digits to dial, keeping an international +', () => {
    expect(dialableNumber('+44 (0)7700-900 123')).toBe('+4407700900123');
    expect(dialableNumber('07700 900123')).toBe('07700900123');
    expect(dialableNumber('12')).toBeUndefined();
    expect(dialableNumber('555-CALL')).toBeUndefined();
  });
});
