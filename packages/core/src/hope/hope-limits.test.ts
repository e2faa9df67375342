// The hope box's pure checks: a photo's drawn size, and what may be added (an oversized file is refused,
// and the box is left exactly as it was).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HOPE_LIMITS, base64Bytes, checkAddition, mediaKindOf, nextOrder, scaledSize } from './hope-limits.ts';
import { encodeBase64 } from '../backup/large-base64.ts';

const withMedia = (bytes: number) => ({ media: { data: encodeBase64(new Uint8Array(bytes)) } });

describe('scaledSize', () => {
  it('leaves a picture that fits as it is, and scales a larger one to the longest side', () => {
    expect(scaledSize(800, 600, 1600)).toEqual({ width: 800, height: 600 });
    expect(scaledSize(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(scaledSize(3000, 4000, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(scaledSize(20000, 10, 1600)).toEqual({ width: 1600, height: 1 });
  });

  it('never goes past the longest side, keeps the shape, and never reaches zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30_000 }), fc.integer({ min: 1, max: 30_000 }), (w, h) => {
        const out = scaledSize(w, h, HOPE_LIMITS.imageEdge);
        expect(Math.max(out.width, out.height)).toBeLessThanOrEqual(HOPE_LIMITS.imageEdge);
        expect(Math.min(out.width, out.height)).toBeGreaterThanOrEqual(1);
        if (Math.max(w, h) > HOPE_LIMITS.imageEdge) expect(Math.max(out.width, out.height)).toBe(HOPE_LIMITS.imageEdge);
        expect(Math.abs(out.width / out.height - w / h)).toBeLessThanOrEqual(Math.max(w / h, h / w));
      }),
    );
  });
});

describe('checkAddition', () => {
  it('takes words, a photo and a recording that fit', () => {
    expect(checkAddition([], { kind: 'words', bytes: 0 })).toBeNull();
    expect(checkAddition([withMedia(1000)], { kind: 'photo', bytes: HOPE_LIMITS.imageBytes })).toBeNull();
    expect(checkAddition([], { kind: 'audio', bytes: HOPE_LIMITS.audioBytes })).toBeNull();
  });

  it('refuses an oversized photo or recording, saying which', () => {
    expect(checkAddition([], { kind: 'photo', bytes: HOPE_LIMITS.imageBytes + 1 })).toBe('photo-too-large');
    expect(checkAddition([], { kind: 'audio', bytes: HOPE_LIMITS.audioBytes + 1 })).toBe('audio-too-large');
  });

  it('refuses what would take the box past its total, and a box that has all the things it can hold', () => {
    const full = [withMedia(HOPE_LIMITS.audioBytes), withMedia(HOPE_LIMITS.audioBytes), withMedia(HOPE_LIMITS.audioBytes - 10)];
    expect(checkAddition(full, { kind: 'photo', bytes: 11 })).toBe('box-full');
    expect(checkAddition(full, { kind: 'words', bytes: 0 })).toBeNull();
    expect(
      checkAddition(
        Array.from({ length: HOPE_LIMITS.items }, () => ({ media: null })),
        { kind: 'words', bytes: 0 },
      ),
    ).toBe('too-many');
  });

  it('never changes the box it checks', () => {
    const box = [withMedia(10), { media: null }];
    const before = JSON.stringify(box);
    checkAddition(box, { kind: 'audio', bytes: HOPE_LIMITS.audioBytes * 2 });
    expect(JSON.stringify(box)).toBe(before);
  });
});

describe('helpers', () => {
  it('counts base64 bytes exactly', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 100]) expect(base64Bytes(encodeBase64(new Uint8Array(n)))).toBe(n);
  });

  it('knows pictures and sounds, and nothing else', () => {
    expect(mediaKindOf('image/png')).toBe('photo');
    expect(mediaKindOf('image/jpeg')).toBe('photo');
    expect(mediaKindOf('audio/mpeg')).toBe('audio');
    expect(mediaKindOf('image/svg+xml')).toBeNull();
    expect(mediaKindOf('application/pdf')).toBeNull();
    expect(mediaKindOf('')).toBeNull();
  });

  it('puts a new item last', () => {
    expect(nextOrder([])).toBe(1);
    expect(nextOrder([{ order: 3 }, { order: 7 }])).toBe(8);
  });
});
