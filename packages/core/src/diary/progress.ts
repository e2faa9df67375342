// Progress that a slip never wipes out (docs/clinical-rules.md rules 6 and 21): cumulative counts that only grow (urges
// ridden out, skills practised, check-ins done, days recorded), and, in the last 30 and 90 days, how many
// recorded days were without self-harm and how many were not recorded. A day with no record is "not
// recorded", never a day without self-harm: Ebb only counts what the person told it.
import type { CheckIn } from './checkin-record.ts';
import type { Episode } from '../urge/episode-record.ts';
import { addDays, dayOf, type Day } from './day.ts';

export interface Progress {
  urgesRiddenOut: number;
  /** The trend: urges ridden out in the last 30 days, and in the 30 days before those. */
  urgesRiddenOutLast30: number;
  urgesRiddenOutPrevious30: number;
  skillsPractised: number;
  checkInsDone: number;
  /** Every day the person recorded something (see recordedDays), ever. */
  recordedDays: number;
  /** Recorded days in the window (today included) with no self-harm recorded. */
  freeDaysLast30: number;
  freeDaysLast90: number;
  /** Recorded days in each window. */
  recordedDaysLast30: number;
  recordedDaysLast90: number;
  /** Days in each window since the first record with nothing recorded: neither free nor not. */
  notRecordedLast30: number;
  notRecordedLast90: number;
  /**
   * The most recorded self-harm-free days in a row, ever (whole days, up to yesterday): an achievement that a
   * later slip never takes away. A day not recorded ends a run, as does a day with self-harm.
   */
  longestFreeStretch: number;
}

/** An episode counts as ridden out when it ended eased or with reaching out, or the urge came down. */
export function riddenOut(episode: Episode): boolean {
  if (episode.outcome === 'slipped') return false;
  if (episode.outcome === 'eased' || episode.outcome === 'reached-out') return true;
  const first = episode.ratings[0]?.value;
  const last = episode.ratings.at(-1)?.value;
  return first !== undefined && last !== undefined && last < first;
}

/** The days on which self-harm was recorded: a check-in that says so, or an episode that ended in a slip. */
export function slipDays(checkIns: readonly CheckIn[], episodes: readonly Episode[]): Set<Day> {
  const days = new Set<Day>();
  for (const c of checkIns) if (c.acted === true) days.add(c.day);
  for (const e of episodes) if (e.outcome === 'slipped') days.add(dayOf(e.endedAt ?? e.startedAt));
  return days;
}

/**
 * The recorded days: a day counts as recorded when the person left a diary card for it (whatever it says),
 * or an urge episode in Ride it out started or ended that day, or a slip was noted for that day. Nothing
 * else makes a day recorded: an empty day is unknown, and Ebb never guesses that it went well.
 */
export function recordedDays(checkIns: readonly CheckIn[], episodes: readonly Episode[]): Set<Day> {
  const days = new Set<Day>();
  for (const c of checkIns) days.add(c.day);
  for (const e of episodes) {
    days.add(dayOf(e.startedAt));
    if (e.endedAt !== null) days.add(dayOf(e.endedAt));
  }
  return days;
}

interface Window {
  free: number;
  recorded: number;
  notRecorded: number;
}

/** The last `length` days up to today; days before the first record are not counted at all. */
function windowOf(length: number, today: Day, first: Day | undefined, recorded: ReadonlySet<Day>, slips: ReadonlySet<Day>): Window {
  const out = { free: 0, recorded: 0, notRecorded: 0 };
  if (first === undefined) return out;
  for (let i = 0; i < length; i++) {
    const day = addDays(today, -i);
    if (day < first) break;
    if (!recorded.has(day)) out.notRecorded++;
    else {
      out.recorded++;
      if (!slips.has(day)) out.free++;
    }
  }
  return out;
}

/** Whole days only (up to yesterday), so something that happens today never shortens a stretch. */
function longestStretch(today: Day, days: readonly Day[], slips: ReadonlySet<Day>): number {
  let longest = 0;
  let run = 0;
  let previous: Day | undefined;
  for (const day of days) {
    if (day >= today) break;
    const free = !slips.has(day);
    run = free ? (previous !== undefined && addDays(previous, 1) === day ? run + 1 : 1) : 0;
    previous = free ? day : undefined;
    longest = Math.max(longest, run);
  }
  return longest;
}

export function computeProgress(checkIns: readonly CheckIn[], episodes: readonly Episode[], now: number): Progress {
  const today = dayOf(now);
  const slips = slipDays(checkIns, episodes);
  const recorded = recordedDays(checkIns, episodes);
  const ordered = [...recorded].sort();
  const last30 = windowOf(30, today, ordered[0], recorded, slips);
  const last90 = windowOf(90, today, ordered[0], recorded, slips);
  const ridden = episodes.filter(riddenOut).map((e) => dayOf(e.startedAt));
  const from30 = addDays(today, -29);
  const from60 = addDays(today, -59);
  return {
    urgesRiddenOut: ridden.length,
    urgesRiddenOutLast30: ridden.filter((d) => d >= from30 && d <= today).length,
    urgesRiddenOutPrevious30: ridden.filter((d) => d >= from60 && d < from30).length,
    skillsPractised: episodes.reduce((n, e) => n + e.skills.length, 0) + checkIns.reduce((n, c) => n + c.skills.filter((s) => s.score >= 4).length, 0),
    checkInsDone: checkIns.length,
    recordedDays: recorded.size,
    freeDaysLast30: last30.free,
    freeDaysLast90: last90.free,
    recordedDaysLast30: last30.recorded,
    recordedDaysLast90: last90.recorded,
    notRecordedLast30: last30.notRecorded,
    notRecordedLast90: last90.notRecorded,
    longestFreeStretch: longestStretch(today, ordered, slips),
  };
}
