// The wait after wrong passcodes: bounded, never negative, and not stretched by a clock set ahead or back.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_UNLOCK_DELAY_MS, NO_FAILURES, afterWrongTry, clampFailures, unlockDelayMs, unlockWaitMs, type UnlockFailures } from './unlock-delay.ts';

const DAY = 86_400_000;
const START = Date.UTC(2026, 10, 30, 12);

/** One step: real time passes, the device clock may be set anywhere within a year, and maybe a wrong try. */
const step = fc.record({
  elapsed: fc.integer({ min: 0, max: 10 * 60_000 }),
  clockOffset: fc.option(fc.integer({ min: -365 * DAY, max: 365 * DAY }), { nil: undefined }),
  wrongTry: fc.boolean(),
});

interface Step {
  elapsed: number;
  clockOffset: number | undefined;
  wrongTry: boolean;
}

/** Runs the steps; calls `check` with the record and the device clock before every step and at the end. */
function replay(steps: readonly Step[], check: (f: UnlockFailures, clock: number) => void) {
  let real = START;
  let offset = 0;
  let failures: UnlockFailures = NO_FAILURES;
  for (const s of steps) {
    real += s.elapsed;
    if (s.clockOffset !== undefined) offset = s.clockOffset;
    const clock = real + offset;
    failures = clampFailures(failures, clock); // the app writes back what it read, clamped
    check(failures, clock);
    // A try is only allowed once the wait is over (the app refuses it otherwise).
    if (s.wrongTry && unlockWaitMs(failures, clock) === 0) failures = afterWrongTry(failures, clock);
  }
  failures = clampFailures(failures, real + offset);
  check(failures, real + offset);
  return failures;
}

describe('unlock delay', () => {
  it('grows from 5 s after three wrong tries and stops at 5 minutes', () => {
    expect([0, 1, 2].map(unlockDelayMs)).toEqual([0, 0, 0]);
    expect([3, 4, 5].map(unlockDelayMs)).toEqual([5_000, 10_000, 20_000]);
    expect(unlockDelayMs(50)).toBe(MAX_UNLOCK_DELAY_MS);
    expect(unlockDelayMs(Number.MAX_SAFE_INTEGER)).toBe(MAX_UNLOCK_DELAY_MS);
  });

  it('a wrong try made with the clock a day ahead does not lock out the owner once the clock is right again', () => {
    let failures: UnlockFailures = NO_FAILURES;
    for (let i = 0; i < 10; i++) failures = afterWrongTry(failures, START + DAY);
    expect(unlockWaitMs(failures, START)).toBe(MAX_UNLOCK_DELAY_MS);
    // Read (and written back) at the right time, the record no longer points a day ahead.
    failures = clampFailures(failures, START);
    expect(failures).toEqual({ count: 10, lastAt: START });
    expect(unlockWaitMs(failures, START + MAX_UNLOCK_DELAY_MS)).toBe(0);
  });

  it('treats a damaged record as at most one full wait, never as no wait or forever', () => {
    const damaged = { count: Number.NaN, lastAt: Number.POSITIVE_INFINITY };
    expect(unlockWaitMs(damaged, START)).toBe(0);
    expect(unlockWaitMs({ count: 20, lastAt: Number.NaN }, START)).toBe(MAX_UNLOCK_DELAY_MS);
    expect(unlockWaitMs({ count: -4, lastAt: START }, START)).toBe(0);
  });

  it('for any tries and clock settings, the wait is between 0 and 5 minutes, and the recorded time is never in the future', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        replay(steps, (failures, clock) => {
          const wait = unlockWaitMs(failures, clock);
          expect(wait).toBeGreaterThanOrEqual(0);
          expect(wait).toBeLessThanOrEqual(MAX_UNLOCK_DELAY_MS);
          expect(clampFailures(failures, clock).lastAt).toBeLessThanOrEqual(clock);
        });
      }),
    );
  });

  it('for any history, once the clock runs normally the owner can try again within 5 minutes, whatever it read before', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), fc.integer({ min: -365 * DAY, max: 365 * DAY }), (steps, back) => {
        let last: { failures: UnlockFailures; clock: number } = { failures: NO_FAILURES, clock: START };
        replay(steps, (failures, clock) => (last = { failures, clock }));
        // The clock is moved (back, or anywhere) and then simply runs: five minutes later, no wait is left.
        const moved = last.clock + back;
        expect(unlockWaitMs(last.failures, moved)).toBeLessThanOrEqual(MAX_UNLOCK_DELAY_MS);
        const read = clampFailures(last.failures, moved); // the owner's next try reads it and writes it back
        expect(unlockWaitMs(read, moved + MAX_UNLOCK_DELAY_MS)).toBe(0);
      }),
    );
  });

  it('with an honest clock the wait holds for its full length after each wrong try', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 40 }), fc.integer({ min: 0, max: 10 * DAY }), (count, at) => {
        const failures = afterWrongTry({ count: count - 1, lastAt: at - 1 }, START + at);
        const delay = unlockDelayMs(count);
        expect(unlockWaitMs(failures, START + at)).toBe(delay);
        expect(unlockWaitMs(failures, START + at + delay - 1)).toBe(1);
        expect(unlockWaitMs(failures, START + at + delay)).toBe(0);
      }),
    );
  });
});
