// Base64 for backup payloads: the same text as the platform's btoa for any bytes, strict on the way back,
// and fast over tens of megabytes without overflowing the stack.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBase64, encodeBase64 } from './large-base64.ts';

const platform = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));

describe('large base64', () => {
  it('encodes as btoa does and decodes back to the same bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(platform(bytes));
        expect(decodeBase64(text)).toEqual(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses anything that is not canonical base64', () => {
    for (const bad of ['A', 'AB=', 'A===', 'AB=C', '====', 'AB!C', 'ABé=', 'AB\nC', 'AB==AB==', 'AR==', 'ABD=', ' ABC']) {
      expect(() => decodeBase64(bad), bad).toThrow('Not base64');
    }
    expect(decodeBase64('')).toEqual(new Uint8Array(0));
  });

  it('round-trips 40 MB of bytes (a regular expression over this much text overflows the stack)', () => {
    const bytes = new Uint8Array(40 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i += 65_536) crypto.getRandomValues(bytes.subarray(i, i + 65_536));
    const text = encodeBase64(bytes);
    expect(text.length).toBe(Math.ceil(bytes.length / 3) * 4);
    const back = decodeBase64(text);
    expect(back.length).toBe(bytes.length);
    let same = true;
    for (let i = 0; same && i < bytes.length; i++) same = back[i] === bytes[i];
    expect(same).toBe(true);
  }, 60_000);
});
