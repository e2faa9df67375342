// The hybrid logical clock: never goes back on one device (even when the wall clock does), moves past what it
// receives, orders every pair of versions the same way on every device, and its text sorts as it compares.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareHlc, encodeHlc, HLC_MAX_WALL, parseHlc, receive, startHlc, tick, type Hlc } from './hlc.ts';

const device = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
const wall = fc.integer({ min: 0, max: 2 ** 42 });
const clock: fc.Arbitrary<Hlc> = fc.record({ wall, counter: fc.integer({ min: 0, max: 0xffffff }), device });
/** Wall times that wander both ways, as a device's clock can when it is set by hand or synced. */
const nows = fc.array(fc.oneof(wall, fc.integer({ min: -1000, max: 1000 })), { minLength: 1, maxLength: 60 });
const textOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('hybrid logical clock', () => {
  it('ticks monotonically on one device even when the wall clock goes backwards (property)', () => {
    fc.assert(
      fc.property(device, nows, (id, times) => {
        let last = startHlc(id);
        for (const now of times) {
          const next = tick(last, now);
          expect(compareHlc(next, last)).toBeGreaterThan(0);
          expect(next.wall).toBeGreaterThanOrEqual(Math.max(0, Math.min(now, HLC_MAX_WALL)));
          last = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('follows the wall clock when it moves on', () => {
    const a = tick(startHlc('phone'), 1_000);
    expect(a).toEqual({ wall: 1_000, counter: 0, device: 'phone' });
    expect(tick(a, 1_000)).toEqual({ wall: 1_000, counter: 1, device: 'phone' });
    expect(tick(a, 400)).toEqual({ wall: 1_000, counter: 1, device: 'phone' });
    expect(tick(tick(a, 400), 2_000)).toEqual({ wall: 2_000, counter: 0, device: 'phone' });
  });

  it("moves to the next millisecond when a millisecond's counter is full", () => {
    expect(tick({ wall: 5, counter: 0xffffff, device: 'a' }, 0)).toEqual({ wall: 6, counter: 0, device: 'a' });
  });

  it('receive() is later than both the local clock and the remote version, and keeps the local device (property)', () => {
    fc.assert(
      fc.property(clock, clock, fc.integer({ min: -10, max: 2 ** 42 }), (last, remote, now) => {
        const next = receive(last, remote, now);
        expect(compareHlc(next, last)).toBeGreaterThan(0);
        expect(compareHlc(next, remote)).toBeGreaterThan(0);
        expect(next.device).toBe(last.device);
      }),
      { numRuns: 1000 },
    );
  });

  it('orders events across devices by cause: what a device saw stays before what it writes next (property)', () => {
    // Two devices exchange versions at random wall times; each write follows every version it has received.
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.boolean(), wall), { maxLength: 40 }), (steps) => {
        const clocks = [startHlc('a'), startHlc('b')];
        for (const [which, sends, now] of steps) {
          const i = which ? 1 : 0;
          const written = tick(clocks[i]!, now);
          clocks[i] = written;
          if (sends) {
            const received = receive(clocks[1 - i]!, written, now);
            expect(compareHlc(received, written)).toBeGreaterThan(0);
            clocks[1 - i] = received;
          }
        }
      }),
    );
  });

  it('is a total order: antisymmetric, transitive, and equal only for the same version (property)', () => {
    fc.assert(
      fc.property(clock, clock, clock, (a, b, c) => {
        expect(Math.sign(compareHlc(a, b))).toBe(-Math.sign(compareHlc(b, a)));
        expect(compareHlc(a, b) === 0).toBe(encodeHlc(a) === encodeHlc(b));
        if (compareHlc(a, b) <= 0 && compareHlc(b, c) <= 0) expect(compareHlc(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });

  it("encodes to text whose order is compareHlc's order, and parses back (property)", () => {
    fc.assert(
      fc.property(clock, clock, (a, b) => {
        expect(textOrder(encodeHlc(a), encodeHlc(b))).toBe(Math.sign(compareHlc(a, b)));
        expect(parseHlc(encodeHlc(a))).toEqual(a);
      }),
      { numRuns: 1000 },
    );
    // Same wall, counters that would sort wrongly as plain numbers in text.
    expect(encodeHlc({ wall: 10, counter: 9, device: 'a' }) < encodeHlc({ wall: 10, counter: 10, device: 'a' })).toBe(true);
    expect(encodeHlc({ wall: 1_764_547_200_000, counter: 0, device: 'phone' })).toBe('019ad7358400-000000-phone');
  });

  it('turns away text that is not a clock, and device ids it cannot encode', () => {
    for (const text of [
      '',
      '019ad59a2400-000000-',
      '019AD59A2400-000000-phone',
      '19ad59a2400-000000-phone',
      '019ad59a2400-000000-ph one',
      '019ad59a2400-0000000-phone',
    ]) {
      expect(parseHlc(text)).toBeUndefined();
    }
    expect(() => startHlc('')).toThrow(RangeError);
    expect(() => startHlc('a b')).toThrow(RangeError);
    expect(() => startHlc('x'.repeat(65))).toThrow(RangeError);
  });
});
