// The person's own calendar day, hour and weekday for a moment, read fast enough for ten years of urges: the
// zone's offset is looked up once per UTC day (at its first and last millisecond) and reused when both agree,
// which is every day but those the clocks change on; on those each moment is looked up on its own.
const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

const UNKNOWN = 1e9;

/**
 * A reader from a moment to the same moment on the local clock, counted as if it were UTC. Offsets are kept
 * for the UTC days from `fromUtcDay` to `toUtcDay`; a moment outside them is looked up on its own.
 */
export function localClock(fromUtcDay: number, toUtcDay: number): (at: number) => number {
  const offsets = new Float64Array(Math.max(0, toUtcDay - fromUtcDay + 1)).fill(UNKNOWN);
  return (at) => {
    const utcDay = Math.floor(at / MS_PER_DAY);
    const index = utcDay - fromUtcDay;
    let offset = index >= 0 && index < offsets.length ? (offsets[index] ?? UNKNOWN) : Number.NaN;
    if (offset === UNKNOWN) {
      const first = new Date(utcDay * MS_PER_DAY).getTimezoneOffset();
      const last = new Date((utcDay + 1) * MS_PER_DAY - 1).getTimezoneOffset();
      offset = first === last ? first : Number.NaN;
      offsets[index] = offset;
    }
    if (Number.isNaN(offset)) offset = new Date(at).getTimezoneOffset();
    return at - offset * 60_000;
  };
}

/** The local calendar day of a local-clock moment, as a count of days since 1970-01-01 (see dayNumber). */
export const localDay = (localMs: number): number => Math.floor(localMs / MS_PER_DAY);

/** The local hour, 0–23. */
export const localHour = (localMs: number): number => Math.floor((localMs - localDay(localMs) * MS_PER_DAY) / MS_PER_HOUR);

/** The weekday of a day number, as Date#getDay numbers it (0 is Sunday): 1 January 1970 was a Thursday. */
export const weekdayOf = (dayNumber: number): number => (((dayNumber + 4) % 7) + 7) % 7;
