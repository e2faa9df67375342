// New passcodes: clear reasons when they cannot be used.
import { describe, expect, it } from 'vitest';
import { checkNewPasscode } from './passcode-rules.ts';

describe('checkNewPasscode', () => {
  it('accepts a PIN of 4 to 12 digits entered twice', () => {
    expect(checkNewPasscode('pin', '2468', '2468')).toBeUndefined();
    expect(checkNewPasscode('pin', '123456789012', '123456789012')).toBeUndefined();
  });

  it('explains what is wrong with a PIN', () => {
    expect(checkNewPasscode('pin', '12a4', '12a4')).toBe('pin-digits-only');
    expect(checkNewPasscode('pin', '123', '123')).toBe('pin-too-short');
    expect(checkNewPasscode('pin', '1234567890123', '1234567890123')).toBe('pin-too-long');
    expect(checkNewPasscode('pin', '2468', '2469')).toBe('mismatch');
  });

  it('accepts a passphrase of 8 characters or more, counting emoji as one', () => {
    expect(checkNewPasscode('passphrase', 'tide goes out', 'tide goes out')).toBeUndefined();
    expect(checkNewPasscode('passphrase', '🌊🌊🌊🌊🌊🌊🌊', '🌊🌊🌊🌊🌊🌊🌊')).toBe('passphrase-too-short');
    expect(checkNewPasscode('passphrase', 'short', 'short')).toBe('passphrase-too-short');
  });
});
