// Padding before sync: records of different lengths in one bucket are the same size, content comes back
// exactly, and padding that padForSync did not make is refused.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { padForSync, syncPaddedSize, unpadFromSync } from './padded-size.ts';

describe('sync padding', () => {
  it('uses the at-rest buckets, counting the 4-byte length', () => {
    expect([0, 252, 253, 1000, 65_532, 65_533, 200_000].map(syncPaddedSize)).toEqual([256, 256, 512, 1024, 65_536, 131_072, 262_144]);
  });

  it('makes records of different lengths in one bucket the same size', () => {
    expect(padForSync(new Uint8Array(10)).length).toBe(padForSync(new Uint8Array(200)).length);
  });

  it('round-trips any content (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (content) => {
        const padded = padForSync(content);
        expect(padded.length).toBe(syncPaddedSize(content.length));
        expect(Array.from(unpadFromSync(padded)!)).toEqual(Array.from(content));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses padding it did not make: short, a wrong length, a wrong bucket, bytes after the content', () => {
    const padded = padForSync(Uint8Array.of(1, 2, 3));
    expect(unpadFromSync(new Uint8Array(3))).toBeUndefined();
    const wrongLength = padded.slice();
    wrongLength[3] = 250;
    expect(unpadFromSync(Uint8Array.of(...wrongLength, 0))).toBeUndefined();
    expect(unpadFromSync(padded.slice(0, 128))).toBeUndefined();
    const trailing = padded.slice();
    trailing[200] = 1;
    expect(unpadFromSync(trailing)).toBeUndefined();
  });
});
