// A month of records for the summary's browser tests, in the calendar of a given time zone: three days with
// diary cards (one with a note that starts like a spreadsheet formula), an urge ridden out with a skill,
// a slip with a look back on it, the plan and its version, and a card for today (the default week).
import { emptyPlan } from '@ebb/core';
import type { RawRecord } from './seal-raw.ts';

/** YYYY-MM-DD of `at` in `zone`. */
export const dayIn = (zone: string, at = Date.now()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(at));

/** The month before the current one in `zone`, as YYYY-MM. */
export function lastMonthIn(zone: string): string {
  const [y, m] = dayIn(zone).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export const daysInMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/** The instant of a local time on `day` in `zone` (found by trying offsets; no daylight-saving edge here). */
export function atLocal(zone: string, day: string, hour: number, minute = 0): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  for (let offset = -14 * 60; offset <= 14 * 60; offset += 15) {
    const at = Date.UTC(y, m - 1, d, hour, minute) - offset * 60_000;
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }).format(new Date(at));
    if (dayIn(zone, at) === day && local === `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`) return at;
  }
  throw new Error(`No ${hour}:${minute} on ${day} in ${zone}`);
}

const careNone = { sleepHours: null, ateRegularly: null, moved: null, connected: null, medication: null, therapy: null };

function card(zone: string, day: string, fields: Record<string, unknown>) {
  return {
    day,
    urge: null,
    acted: null,
    suicidalThoughts: null,
    emotions: [],
    skills: [],
    selfCare: careNone,
    note: '',
    savedAt: atLocal(zone, day, 22),
    ...fields,
  };
}

export const SLIP_ID = 'slip-1';

export function summaryRecords(zone: string): RawRecord[] {
  const month = lastMonthIn(zone);
  const today = dayIn(zone);
  const d = (n: number) => `${month}-${String(n).padStart(2, '0')}`;
  const cards = [
    card(zone, d(3), {
      urge: 4,
      acted: false,
      suicidalThoughts: 2,
      emotions: [{ name: 'Sadness', value: 3 }],
      skills: [{ skillId: 'paced-breathing', score: 5 }],
      selfCare: { ...careNone, sleepHours: 6, ateRegularly: true },
      note: '=HYPERLINK("x")',
    }),
    card(zone, d(4), { urge: 1, acted: false }),
    card(zone, d(10), { urge: 5, acted: true }),
  ];
  const rodeOut = atLocal(zone, d(3), 21, 30);
  const slipAt = atLocal(zone, d(10), 23, 15);
  const episodes = [
    {
      id: 'urge-1',
      startedAt: rodeOut,
      endedAt: rodeOut + 20 * 60_000,
      ratings: [
        { at: rodeOut, value: 7 },
        { at: rodeOut + 20 * 60_000, value: 3 },
      ],
      feelings: ['anger'],
      trigger: 'an argument',
      skills: [{ skillId: 'paced-breathing', startedAt: rodeOut + 60_000, before: 7, after: 4 }],
      outcome: 'eased',
    },
    { id: SLIP_ID, startedAt: slipAt, endedAt: slipAt, ratings: [], feelings: [], trigger: '', skills: [], outcome: 'slipped' },
  ];
  const reflection = {
    slipId: SLIP_ID,
    slipAt,
    vulnerabilities: ['sleep'],
    vulnerabilityNote: '',
    promptingEvent: 'a hard phone call',
    thoughts: '',
    feelings: '',
    body: '',
    urges: '',
    actions: '',
    shortTerm: '',
    longTerm: '',
    breakLinks: 'call Sam first',
    repair: '',
    finishedAt: slipAt + 86_400_000,
  };
  const plan = { ...emptyPlan(), sections: { ...emptyPlan().sections, 'warning-signs': [{ text: 'Pulling away from people' }] } };
  const savedAt = atLocal(zone, d(1), 10);
  const records: RawRecord[] = [
    { type: 'checkin-month', id: month, stored: { v: 2, data: { days: cards } } },
    { type: 'urge-month', id: month, stored: { v: 1, data: { episodes } } },
    { type: 'reflection', id: SLIP_ID, stored: { v: 1, data: reflection } },
    { type: 'plan', id: 'current', stored: { v: 3, data: plan } },
    { type: 'plan-version', id: String(savedAt), stored: { v: 3, data: { savedAt, changedAt: savedAt, reason: 'with my therapist', plan } } },
  ];
  // Today's card, in the default week; in its own month's record unless that is the month above.
  const todayCard = card(zone, today, { urge: 2, acted: false });
  if (today.startsWith(month)) (records[0]?.stored.data as { days: unknown[] }).days.push(todayCard);
  else records.push({ type: 'checkin-month', id: today.slice(0, 7), stored: { v: 2, data: { days: [todayCard] } } });
  return records;
}
