// Calendar days in the person's own time zone, as "YYYY-MM-DD" strings: check-ins, slips and progress are
// counted by the day the person lived, not by UTC.
export type Day = string;

const pad = (n: number) => String(n).padStart(2, '0');

export function dayOf(at: number): Day {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The day `n` days after `day` (negative for before), stepping by calendar date so DST never skips a day. */
export function addDays(day: Day, n: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d + n, 12);
  return dayOf(date.getTime());
}

export const isDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && addDays(value, 0) === value;

/** The month record a day belongs to: "2026-11". */
export const monthOfDay = (day: Day): string => day.slice(0, 7);
