// The support card names the country of its emergency number; the printed plan keeps the short line.
import { describe, expect, it } from 'vitest';
import { emergencyLine } from './emergency-line.ts';

describe('emergencyLine', () => {
  it('says the country when asked to', () => {
    expect(emergencyLine('DE', [{ display: '112' }], true)).toBe('Emergency (Germany): 112');
    expect(emergencyLine('IE', [{ display: '112' }, { display: '999' }], true)).toBe('Emergency (Ireland): 112 / 999');
  });
  it('keeps the short line otherwise', () => {
    expect(emergencyLine('GB', [{ display: '999' }], false)).toBe('Emergency: 999');
  });
});
