// How long to wait before the next passcode try after wrong ones, by a clock nobody has to trust: a
// recorded failure time is never later than now, and no wait is ever longer than five minutes.

/** The longest anyone is ever kept from trying: the owner is never locked out for more than this. */
export const MAX_UNLOCK_DELAY_MS = 300_000;

/** Wrong passcode tries in a row, and when the last one was (ms since 1970 by the device's clock). */
export interface UnlockFailures {
  count: number;
  lastAt: number;
}

export const NO_FAILURES: UnlockFailures = { count: 0, lastAt: 0 };

/**
 * After `failures` wrong passcodes in a row: none for the first three, then 5 s doubling up to 5 minutes.
 * Wrong tries never wipe data and never block Help now or the recovery key.
 */
export function unlockDelayMs(failures: number): number {
  if (!(failures >= 3)) return 0; // also NaN
  return Math.min(5_000 * 2 ** Math.min(failures - 3, 16), MAX_UNLOCK_DELAY_MS);
}

/**
 * A stored record made safe to use at `now`: a failure time in the future (the clock was ahead when it was
 * written, or has been moved back since) counts as now, so it can never stretch the wait past the cap.
 * Write the result back when it changed: otherwise a time a day ahead would keep counting as "now".
 */
export function clampFailures(failures: UnlockFailures, now: number): UnlockFailures {
  const count = Number.isFinite(failures.count) && failures.count > 0 ? Math.floor(failures.count) : 0;
  const lastAt = Number.isFinite(failures.lastAt) ? Math.min(failures.lastAt, now) : now;
  return { count, lastAt };
}

/** Milliseconds still to wait at `now` before the next passcode try: from 0 to MAX_UNLOCK_DELAY_MS. */
export function unlockWaitMs(failures: UnlockFailures, now: number): number {
  const { count, lastAt } = clampFailures(failures, now);
  return Math.min(Math.max(lastAt + unlockDelayMs(count) - now, 0), MAX_UNLOCK_DELAY_MS);
}

/** The record after one more wrong try at `now`. */
export function afterWrongTry(failures: UnlockFailures, now: number): UnlockFailures {
  return { count: clampFailures(failures, now).count + 1, lastAt: now };
}
