// The stretch of days a clinician summary covers: a week (seven days from its first, like the diary's week
// table) or a calendar month, in the person's own calendar days.
import { addDays, monthOfDay, type Day } from '../diary/day.ts';

export type SummaryPeriodKind = 'week' | 'month';

export interface SummaryPeriod {
  kind: SummaryPeriodKind;
  /** A week's first day; for a month, any day in it (the month is the calendar month of this day). */
  first: Day;
}

/** The period's days, first to last. */
export function periodDays(period: SummaryPeriod): Day[] {
  const first = periodFirst(period);
  const length = period.kind === 'week' ? 7 : daysInMonth(first);
  return Array.from({ length }, (_, i) => addDays(first, i));
}

/** The period's first day (the 1st for a month). */
export const periodFirst = (period: SummaryPeriod): Day => (period.kind === 'week' ? period.first : `${monthOfDay(period.first)}-01`);

/** The period's last day. */
export function periodLast(period: SummaryPeriod): Day {
  const first = periodFirst(period);
  return addDays(first, (period.kind === 'week' ? 7 : daysInMonth(first)) - 1);
}

/** The week that ends on `day` (the diary's week table shows the seven days up to the day it ends on). */
export const weekEndingOn = (day: Day): SummaryPeriod => ({ kind: 'week', first: addDays(day, -6) });

function daysInMonth(first: Day): number {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return new Date(y, m, 0, 12).getDate();
}
