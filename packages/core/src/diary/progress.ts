// Progress that a slip never wipes out (CLINICAL.md rule 6): cumulative counts that only grow (urges ridden
// out, skills practised, check-ins done, the longest self-harm-free stretch ever), and self-harm-free days
// in the last 30 and 90 days, counted from the person's own records. No counter resets to zero.
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
  /** Days in the window (today included), since the person began, with no self-harm recorded. */
  freeDaysLast30: number;
  freeDaysLast90: number;
  /** How many days of each window Ebb has known the person (a window can be shorter at the start). */
  knownDaysLast30: number;
  knownDaysLast90: number;
  /** The longest run of whole days with no self-harm recorded, ever: an achievement that is never taken away. */
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

/** The first day the person recorded anything: free days are only counted from then. */
function firstDay(checkIns: readonly CheckIn[], episodes: readonly Episode[], slips: ReadonlySet<Day>): Day | undefined {
  const days = [...checkIns.map((c) => c.day), ...episodes.map((e) => dayOf(e.startedAt)), ...slips].sort();
  return days[0];
}

function freeDaysIn(window: number, today: Day, start: Day | undefined, slips: ReadonlySet<Day>): { free: number; known: number } {
  let free = 0;
  let known = 0;
  if (start === undefined) return { free, known };
  for (let i = 0; i < window; i++) {
    const day = addDays(today, -i);
    if (day < start) break;
    known++;
    if (!slips.has(day)) free++;
  }
  return { free, known };
}

/** Counts whole days only (up to yesterday), so something that happens today never shortens a stretch. */
function longestStretch(today: Day, start: Day | undefined, slips: ReadonlySet<Day>): number {
  if (start === undefined) return 0;
  let longest = 0;
  let run = 0;
  for (let day = start; day < today; day = addDays(day, 1)) {
    run = slips.has(day) ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

export function computeProgress(checkIns: readonly CheckIn[], episodes: readonly Episode[], now: number): Progress {
  const today = dayOf(now);
  const slips = slipDays(checkIns, episodes);
  const start = firstDay(checkIns, episodes, slips);
  const last30 = freeDaysIn(30, today, start, slips);
  const last90 = freeDaysIn(90, today, start, slips);
  const ridden = episodes.filter(riddenOut).map((e) => dayOf(e.startedAt));
  const from30 = addDays(today, -29);
  const from60 = addDays(today, -59);
  return {
    urgesRiddenOut: ridden.length,
    urgesRiddenOutLast30: ridden.filter((d) => d >= from30 && d <= today).length,
    urgesRiddenOutPrevious30: ridden.filter((d) => d >= from60 && d < from30).length,
    skillsPractised: episodes.reduce((n, e) => n + e.skills.length, 0) + checkIns.reduce((n, c) => n + c.skills.filter((s) => s.score >= 4).length, 0),
    checkInsDone: checkIns.length,
    freeDaysLast30: last30.free,
    freeDaysLast90: last90.free,
    knownDaysLast30: last30.known,
    knownDaysLast90: last90.known,
    longestFreeStretch: longestStretch(today, start, slips),
  };
}
