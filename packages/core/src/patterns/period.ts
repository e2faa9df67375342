// The stretch of time Patterns looks at, ending today in the person's own time zone: the last 4 weeks,
// 3 months or year (calendar steps, so DST never moves a boundary), or everything since the first record.
import type { Day } from '../diary/day.ts';

export const patternPeriods = ['4-weeks', '3-months', 'year', 'all'] as const;
export type PatternPeriod = (typeof patternPeriods)[number];

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day of `period` ending on `today` (inclusive); `null` for everything. */
export function periodFirstDay(period: PatternPeriod, today: Day): Day | null {
  if (period === 'all') return null;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // The day after the same date 3 months or a year ago, so the period holds exactly that span of days.
  const date =
    period === '4-weeks' ? new Date(y, m - 1, d - 27, 12) : period === '3-months' ? new Date(y, m - 4, d + 1, 12) : new Date(y - 1, m - 1, d + 1, 12);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier), counted on the calendar, whatever the zone. */
export function daysBetween(from: Day, to: Day): number {
  return (dayNumber(to) - dayNumber(from)) | 0;
}

/** A calendar day as a count of days since 1970-01-01 (UTC arithmetic on the date only, so DST plays no part). */
export function dayNumber(day: Day): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}
