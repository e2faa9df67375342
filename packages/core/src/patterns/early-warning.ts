// The early-warning rule behind Home's one gentle line ("Things seem a bit harder lately…"): whether the person's own
// recent records run clearly above their own usual, or their check-ins show their plan's warning signs. It
// answers with a reason or nothing, never a number, level, label or prediction (docs/clinical-rules.md rule 5).
// The rule and its thresholds are explained in docs/clinical-rules.md, "Gentle notes when things seem harder".
import type { CheckIn } from '../diary/checkin-record.ts';
import { addDays, dayOf, type Day } from '../diary/day.ts';
import type { Episode } from '../urge/episode-record.ts';

/** Why the line shows: urges clearly above the person's own usual, or their warning signs in recent check-ins. */
export type EarlyWarning = 'urges-above-usual' | 'warning-signs';

export interface EarlyWarningInput {
  checkIns: readonly CheckIn[];
  episodes: readonly Episode[];
  /** The plan's warning signs, in the person's own words. */
  warningSigns: readonly string[];
  /** The person's local day. */
  today: Day;
}

/** The recent window: the last two weeks, today included. */
export const RECENT_DAYS = 14;
/** The usual comes from the eight weeks before the recent window. */
export const USUAL_WEEKS = 8;
/** A usual is known only when at least this many of those weeks have enough records. */
export const KNOWN_WEEKS = 4;
/** A week's check-in urge counts towards the usual only with at least this many rated days. */
const RATED_DAYS_PER_WEEK = 2;
/** The recent check-in urge needs at least this many rated days, so one day never decides. */
const RECENT_RATED_DAYS = 4;
/** Check-in urge (0–5): the recent median must be this far above the usual, and at least URGE_FLOOR. */
const URGE_MARGIN = 1.5;
const URGE_FLOOR = 2.5;
/** Urge episodes: the recent fortnight must hold twice the usual fortnight's and at least this many more… */
const EPISODE_MARGIN = 3;
/** …on at least this many different days, so one hard day never decides. */
const EPISODE_DAYS = 3;
/** Warning signs: named in check-ins on at least this many different days of the last week. */
const SIGN_DAYS = 2;
const SIGN_WINDOW_DAYS = 7;
/** Shorter warning signs ("me", "ok") would match almost any note, so they are not looked for. */
const SHORTEST_SIGN = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/** Lower case, with every run of anything but letters and digits as one space, padded: for whole-word matching. */
const words = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** Whether the check-in shows a warning sign: its words in the note, or an emotion of that name felt at all. */
function showsSign(checkIn: CheckIn, signs: readonly string[]): boolean {
  const note = words(checkIn.note);
  const felt = new Set(checkIn.emotions.filter((e) => e.value > 0).map((e) => words(e.name)));
  return signs.some((sign) => note.includes(sign) || felt.has(sign));
}

/** Whether, and why, Home shows the gentle line; null when it does not. Records may come in any order. */
export function earlyWarning({ checkIns, episodes, warningSigns, today }: EarlyWarningInput): EarlyWarning | null {
  const recentFrom = addDays(today, 1 - RECENT_DAYS);
  const usualFrom = addDays(recentFrom, -7 * USUAL_WEEKS);
  /** Which of the usual weeks a day falls in (0 the earliest), or -1 outside them. */
  const weekOf = (day: Day) => (day >= usualFrom && day < recentFrom ? Math.floor(dayIndex(usualFrom, day) / 7) : -1);
  const isRecent = (day: Day) => day >= recentFrom && day <= today;

  // One card per day: should two ever share a day, the later-saved one speaks for it.
  const cards = new Map<Day, CheckIn>();
  for (const c of checkIns) {
    const kept = cards.get(c.day);
    if (!kept || c.savedAt > kept.savedAt || (c.savedAt === kept.savedAt && JSON.stringify(c) > JSON.stringify(kept))) cards.set(c.day, c);
  }

  const weekRatings: number[][] = Array.from({ length: USUAL_WEEKS }, () => []);
  const weekEpisodes = new Array<number>(USUAL_WEEKS).fill(0);
  const weekRecorded = new Array<boolean>(USUAL_WEEKS).fill(false);
  const recentRatings: number[] = [];
  for (const c of cards.values()) {
    const week = weekOf(c.day);
    if (week >= 0) {
      weekRecorded[week] = true;
      if (c.urge !== null) weekRatings[week]?.push(c.urge);
    } else if (isRecent(c.day) && c.urge !== null) recentRatings.push(c.urge);
  }
  let recentEpisodes = 0;
  const recentEpisodeDays = new Set<Day>();
  for (const e of episodes) {
    const day = dayOf(e.startedAt);
    const week = weekOf(day);
    if (week >= 0) {
      weekRecorded[week] = true;
      weekEpisodes[week] = (weekEpisodes[week] ?? 0) + 1;
    } else if (isRecent(day)) {
      recentEpisodes++;
      recentEpisodeDays.add(day);
    }
  }

  // Check-in urge: the median recent rating against the median of the usual weeks' average ratings.
  const ratedWeeks = weekRatings.filter((r) => r.length >= RATED_DAYS_PER_WEEK).map((r) => r.reduce((a, b) => a + b, 0) / r.length);
  if (ratedWeeks.length >= KNOWN_WEEKS && recentRatings.length >= RECENT_RATED_DAYS) {
    const recent = median(recentRatings);
    if (recent >= URGE_FLOOR && recent >= median(ratedWeeks) + URGE_MARGIN) return 'urges-above-usual';
  }

  // Urge episodes: counted only over weeks with some record, since a week with none is not recorded, not calm.
  const countedWeeks = weekEpisodes.filter((_, week) => weekRecorded[week]);
  if (countedWeeks.length >= KNOWN_WEEKS && recentEpisodeDays.size >= EPISODE_DAYS) {
    const usualFortnight = 2 * median(countedWeeks);
    if (recentEpisodes >= Math.max(2 * usualFortnight, usualFortnight + EPISODE_MARGIN)) return 'urges-above-usual';
  }

  const signs = warningSigns.map(words).filter((sign) => sign.trim().length >= SHORTEST_SIGN);
  if (signs.length > 0) {
    const signFrom = addDays(today, 1 - SIGN_WINDOW_DAYS);
    let days = 0;
    for (const c of cards.values()) if (c.day >= signFrom && c.day <= today && showsSign(c, signs)) days++;
    if (days >= SIGN_DAYS) return 'warning-signs';
  }
  return null;
}

/** Whole days from `from` to `day` (both "YYYY-MM-DD"), by calendar date so daylight saving never matters. */
function dayIndex(from: Day, day: Day): number {
  const utc = (d: Day) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(day) - utc(from)) / 86_400_000);
}
