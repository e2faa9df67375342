// Base64url round trips (sync ids, secrets and share keys travel in it) and refuses what it did not write.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64Url, toBase64Url } from './bytes.ts';

describe('base64url', () => {
  it('reads back what it writes, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect([...fromBase64Url(toBase64Url(bytes))]).toEqual([...bytes]);
      }),
    );
  });

  it('writes the URL alphabet without padding', () => {
    const bytes = Uint8Array.from([251, 255, 191, 0, 1]);
    expect(toBase64Url(bytes)).toBe('-_-_AAE');
  });

  it.each(['a', 'ab+c', 'ab/c', 'abc=', 'ab c'])('refuses %j', (text) => expect(() => fromBase64Url(text)).toThrow());
});
