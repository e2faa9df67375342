// Patterns a person can learn from, computed on the device from their own records for a chosen period
// (docs/clinical-rules.md rules 5, 6 and 21): what came before urges and slips, the feelings named and how
// strong those urges were, when urges came, self-care on the day before, how each skill changed the urge, and
// the trend. Counts and averages only, each with the sentences to say them in: never a score, a label, a
// prediction or a ranking of skills presented as fact, and "not enough yet" whenever there is too little.
// One pass over the episodes and two over the check-ins, so ten years of records take milliseconds.
import type { Feeling } from '@ebb/content';
import type { CheckIn } from '../diary/checkin-record.ts';
import type { Day } from '../diary/day.ts';
import type { Reflection } from '../diary/reflection-record.ts';
import type { Episode } from '../urge/episode-record.ts';
import { partIndex, partsOfDay, type PartOfDay } from './part-of-day.ts';
import { localClock, localDay, localHour, weekdayOf } from './local-clock.ts';
import { dayNumber, periodFirstDay, type PatternPeriod } from './period.ts';
import { tidyTrigger, triggerKey } from './trigger-key.ts';

/** Fewer than this many and a pattern is "too few to tell" (issue 13: skills with fewer than 3 tries). */
export const TOO_FEW_TO_TELL = 3;

/** Sleep of at least this many hours counts as enough: the low end of what most adults need (NHS). */
export const ENOUGH_SLEEP_HOURS = 7;

/** Periods longer than this many days are shown by month rather than by week, so a chart stays readable. */
const WEEKS_UP_TO_DAYS = 371;

export const selfCareItems = ['sleep', 'ate', 'moved', 'connected'] as const;
export type SelfCareItem = (typeof selfCareItems)[number];

/** What a pattern says, for the screen to put into words: plain facts about the person's own records. */
export type PatternSentence =
  | { key: 'notEnough' }
  | { key: 'topTrigger'; trigger: string; count: number; total: number }
  | { key: 'triggersSpread'; total: number }
  | { key: 'topFeeling'; feeling: Feeling; count: number; total: number }
  | { key: 'feelingStrength'; feeling: Feeling; strength: number; rated: number }
  | { key: 'feelingsSpread'; total: number }
  | { key: 'topPart'; part: PartOfDay; count: number; total: number }
  | { key: 'partsSpread'; total: number }
  | { key: 'topWeekday'; weekday: number; count: number; total: number }
  | { key: 'weekdaysSpread' }
  | { key: 'selfCare'; item: SelfCareItem; doneDays: number; doneWithUrge: number; notDoneDays: number; notDoneWithUrge: number }
  | { key: 'skillMostUsed'; skillId: string; times: number; before: number; after: number }
  | { key: 'trendFewer' | 'trendMore' | 'trendSame'; recent: number; earlier: number }
  | { key: 'checkInUrge'; average: number; count: number };

export interface TriggerCount {
  /** The person's own words, as first written. */
  text: string;
  /** Urges it came before that ended some other way than a slip. */
  urges: number;
  /** Slips it came before: an urge that ended in a slip, or a look back's "what set it off". */
  slips: number;
}

export interface FeelingCount {
  feeling: Feeling;
  urges: number;
  /** How many of those urges were rated, and their average strongest rating (0–10), or null if none was. */
  rated: number;
  averageStrength: number | null;
}

export interface SelfCareSide {
  /** Recorded days that followed a day with this answer. */
  days: number;
  /** How many of them had an urge (an urge noted in Ride it out, or a check-in urge above 0). */
  withUrge: number;
}

export interface SelfCareRow {
  item: SelfCareItem;
  done: SelfCareSide;
  notDone: SelfCareSide;
  tooFewToTell: boolean;
}

export interface SkillChange {
  skillId: string;
  /** Tries rated before and after. */
  times: number;
  averageBefore: number;
  averageAfter: number;
  tooFewToTell: boolean;
}

export interface TrendBucket {
  /** The bucket's first day within the period. */
  first: Day;
  urges: number;
  checkIns: number;
  /** The check-ins' average urge (0–5), or null when none rated it. */
  averageCheckInUrge: number | null;
}

export interface Pattern {
  /** False when there is too little to see a pattern: the screen says what to record instead. */
  enough: boolean;
  sentences: PatternSentence[];
}

export interface Patterns {
  period: PatternPeriod;
  firstDay: Day;
  lastDay: Day;
  /** Urges noted in Ride it out, and check-ins, in the period. */
  urges: number;
  checkIns: number;
  triggers: Pattern & { items: TriggerCount[] };
  feelings: Pattern & { items: FeelingCount[] };
  times: Pattern & { byPart: Record<PartOfDay, number>; byWeekday: number[] };
  selfCare: Pattern & { rows: SelfCareRow[] };
  skills: Pattern & { items: SkillChange[] };
  trend: Pattern & { unit: 'week' | 'month'; buckets: TrendBucket[] };
}

export interface PatternInput {
  checkIns: readonly CheckIn[];
  episodes: readonly Episode[];
  reflections: readonly Reflection[];
}

const MS_PER_DAY = 86_400_000;
const round1 = (n: number) => Math.round(n * 10) / 10;
const pad = (n: number) => String(n).padStart(2, '0');
const dayFromNumber = (n: number): Day => {
  const d = new Date(n * MS_PER_DAY);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const monthIndex = (n: number) => {
  const d = new Date(n * MS_PER_DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
const monthStart = (index: number) => Date.UTC(Math.floor(index / 12), index % 12, 1) / MS_PER_DAY;

/** The key whose count is highest when it is the only one that high; otherwise undefined (a tie is no pattern). */
function soleTop<K>(counts: Iterable<readonly [K, number]>): { key: K; count: number } | undefined {
  let top: { key: K; count: number } | undefined;
  let tied = false;
  for (const [key, count] of counts) {
    if (top === undefined || count > top.count) {
      top = { key, count };
      tied = false;
    } else if (count === top.count) tied = true;
  }
  return top === undefined || tied || top.count === 0 ? undefined : top;
}

const notEnough = (): Pattern => ({ enough: false, sentences: [{ key: 'notEnough' }] });

function selfCareAnswer(c: CheckIn, item: SelfCareItem): boolean | null {
  switch (item) {
    case 'sleep':
      return c.selfCare.sleepHours === null ? null : c.selfCare.sleepHours >= ENOUGH_SLEEP_HOURS;
    case 'ate':
      return c.selfCare.ateRegularly;
    case 'moved':
      return c.selfCare.moved;
    case 'connected':
      return c.selfCare.connected;
  }
}

interface TriggerTally {
  text: string;
  /** When the words shown were written: the earliest spelling is the one shown. */
  at: number;
  urges: number;
  slips: number;
}

/** Marks in the day flags (one per day of the period): the day was recorded, and it had an urge. */
const RECORDED = 1;
const HAD_URGE = 2;

/** Every pattern for `period`, ending today (the day of `now` on the person's own clock). */
export function computePatterns(input: PatternInput, period: PatternPeriod, now: number): Patterns {
  const lastN = localDay(localClock(0, -1)(now));
  const lastDay = dayFromNumber(lastN);
  const periodFirst = periodFirstDay(period, lastDay);
  let firstN = lastN;
  if (periodFirst !== null) firstN = dayNumber(periodFirst);
  else {
    // Everything: from the first day anything was recorded (today when nothing was). The earliest moment is
    // on the earliest local day, so only it needs reading on the local clock.
    let earliest = Infinity;
    for (const e of input.episodes) if (e.startedAt < earliest) earliest = e.startedAt;
    if (earliest !== Infinity) firstN = Math.min(firstN, localDay(localClock(0, -1)(earliest)));
    let firstCard: Day | undefined;
    for (const c of input.checkIns) if (firstCard === undefined || c.day < firstCard) firstCard = c.day;
    if (firstCard !== undefined) firstN = Math.min(firstN, dayNumber(firstCard));
  }
  // No zone is a day or more from UTC, so the UTC days a day before to a day after the period hold every moment in it.
  const local = localClock(firstN - 1, lastN + 1);
  const span = lastN - firstN + 1;
  const unit: 'week' | 'month' = span <= WEEKS_UP_TO_DAYS ? 'week' : 'month';
  // Each day's bucket, worked out once for the period rather than once per record.
  const firstMonth = monthIndex(firstN);
  const bucketOfDay = new Int32Array(span);
  if (unit === 'week') for (let i = 0; i < span; i++) bucketOfDay[i] = Math.floor(i / 7);
  else
    for (let m = firstMonth, b = 0; ; m++, b++) {
      const from = Math.max(firstN, monthStart(m));
      if (from > lastN) break;
      bucketOfDay.fill(b, from - firstN, Math.min(span, monthStart(m + 1) - firstN));
    }
  const bucketCount = (bucketOfDay[span - 1] ?? 0) + 1;
  const buckets = Array.from({ length: bucketCount }, (_, i) => ({ urges: 0, checkIns: 0, urgeSum: 0, urgeRated: 0, index: i }));
  const middleN = firstN + Math.floor(span / 2);
  let earlier = 0;
  let recent = 0;

  const triggers = new Map<string, TriggerTally>();
  /** Each way a trigger was typed, with its key and its tidy words, worked out once. */
  const typed = new Map<string, { key: string; text: string; count: TriggerTally }>();
  const slipTriggerKeys = new Map<string, string>();
  let withTrigger = 0;
  const feelingCounts = new Map<Feeling, { urges: number; rated: number; strength: number }>();
  let withFeelings = 0;
  const partCounts = [0, 0, 0, 0];
  const byWeekday = [0, 0, 0, 0, 0, 0, 0];
  const skills = new Map<string, { times: number; before: number; after: number }>();
  const dayFlags = new Uint8Array(span + 1);
  let urges = 0;

  const addTrigger = (raw: string, at: number, slip: boolean) => {
    let words = typed.get(raw);
    if (words === undefined) {
      const key = triggerKey(raw);
      let count = triggers.get(key);
      if (count === undefined) {
        count = { text: tidyTrigger(raw), at, urges: 0, slips: 0 };
        triggers.set(key, count);
      }
      words = { key, text: tidyTrigger(raw), count };
      typed.set(raw, words);
    }
    const { key, text, count } = words;
    // The spelling shown is the earliest one, whatever order the records came in.
    if (at < count.at || (at === count.at && text < count.text)) {
      count.text = text;
      count.at = at;
    }
    if (slip) count.slips++;
    else count.urges++;
    return key;
  };

  for (const e of input.episodes) {
    const localMs = local(e.startedAt);
    const n = localDay(localMs);
    if (n < firstN || n > lastN) continue;
    urges++;
    dayFlags[n - firstN] = RECORDED | HAD_URGE;
    const slipped = e.outcome === 'slipped';
    if (n < middleN) earlier++;
    else recent++;
    const bucket = buckets[bucketOfDay[n - firstN] ?? 0];
    if (bucket) bucket.urges++;
    const part = partIndex(localHour(localMs));
    partCounts[part] = (partCounts[part] ?? 0) + 1;
    const weekday = weekdayOf(n);
    byWeekday[weekday] = (byWeekday[weekday] ?? 0) + 1;
    if (e.trigger !== '' && e.trigger.trim() !== '') {
      withTrigger++;
      const key = addTrigger(e.trigger, e.startedAt, slipped);
      if (slipped) slipTriggerKeys.set(e.id, key);
    }
    if (e.feelings.length > 0) {
      withFeelings++;
      let strongest = -1;
      for (const r of e.ratings) if (r.value > strongest) strongest = r.value;
      for (let i = 0; i < e.feelings.length; i++) {
        const f = e.feelings[i] as Feeling;
        if (i > 0 && e.feelings.indexOf(f) !== i) continue; // named twice: counted once
        let fc = feelingCounts.get(f);
        if (fc === undefined) {
          fc = { urges: 0, rated: 0, strength: 0 };
          feelingCounts.set(f, fc);
        }
        fc.urges++;
        if (strongest >= 0) {
          fc.rated++;
          fc.strength += strongest;
        }
      }
    }
    for (const t of e.skills) {
      if (t.before === null || t.after === null) continue;
      let s = skills.get(t.skillId);
      if (s === undefined) {
        s = { times: 0, before: 0, after: 0 };
        skills.set(t.skillId, s);
      }
      s.times++;
      s.before += t.before;
      s.after += t.after;
    }
  }
  const byPart = Object.fromEntries(partsOfDay.map((p, i) => [p, partCounts[i] ?? 0])) as Record<PartOfDay, number>;

  // A look back after a slip may name what set it off: counted for that slip unless the slip already had it.
  for (const r of input.reflections) {
    if (r.promptingEvent.trim() === '') continue;
    const n = localDay(local(r.slipAt));
    if (n < firstN || n > lastN || slipTriggerKeys.get(r.slipId) === triggerKey(r.promptingEvent)) continue;
    if (!slipTriggerKeys.has(r.slipId)) withTrigger++;
    addTrigger(r.promptingEvent, r.slipAt, true);
  }

  let checkIns = 0;
  let urgeSum = 0;
  let urgeRated = 0;
  /** Each card's day number, read once for both passes (NaN when outside the period). */
  const cardDays = new Float64Array(input.checkIns.length);
  input.checkIns.forEach((c, i) => {
    const n = dayNumber(c.day);
    cardDays[i] = n < firstN || n > lastN ? Number.NaN : n;
  });
  input.checkIns.forEach((c, i) => {
    const n = cardDays[i] ?? Number.NaN;
    if (Number.isNaN(n)) return;
    checkIns++;
    dayFlags[n - firstN] = (dayFlags[n - firstN] ?? 0) | RECORDED | (c.urge !== null && c.urge > 0 ? HAD_URGE : 0);
    const bucket = buckets[bucketOfDay[n - firstN] ?? 0];
    if (bucket) bucket.checkIns++;
    if (c.urge !== null) {
      urgeSum += c.urge;
      urgeRated++;
      if (bucket) {
        bucket.urgeSum += c.urge;
        bucket.urgeRated++;
      }
    }
  });

  const sides = Object.fromEntries(selfCareItems.map((item) => [item, { done: { days: 0, withUrge: 0 }, notDone: { days: 0, withUrge: 0 } }])) as SelfCareSides;
  input.checkIns.forEach((c, i) => {
    const next = (cardDays[i] ?? Number.NaN) + 1 - firstN;
    // Only a next day inside the period and recorded: a day with no record is never counted either way.
    const flags = next < span ? (dayFlags[next] ?? 0) : 0;
    if (Number.isNaN(next) || (flags & RECORDED) === 0) return;
    const hadUrge = (flags & HAD_URGE) !== 0;
    for (const item of selfCareItems) {
      const answer = selfCareAnswer(c, item);
      if (answer === null) continue;
      const side = answer ? sides[item].done : sides[item].notDone;
      side.days++;
      if (hadUrge) side.withUrge++;
    }
  });

  return {
    period,
    firstDay: dayFromNumber(firstN),
    lastDay,
    urges,
    checkIns,
    triggers: triggerPattern(triggers, withTrigger),
    feelings: feelingPattern(feelingCounts, withFeelings),
    times: timePattern(byPart, byWeekday, urges),
    selfCare: selfCarePattern(sides),
    skills: skillPattern(skills),
    trend: {
      ...trendPattern(urges, earlier, recent, urgeSum, urgeRated, bucketCount),
      unit,
      buckets: buckets.map((b) => ({
        first: dayFromNumber(Math.max(firstN, unit === 'week' ? firstN + 7 * b.index : monthStart(firstMonth + b.index))),
        urges: b.urges,
        checkIns: b.checkIns,
        averageCheckInUrge: b.urgeRated === 0 ? null : round1(b.urgeSum / b.urgeRated),
      })),
    },
  };
}

function triggerPattern(counts: Map<string, { text: string; urges: number; slips: number }>, total: number): Patterns['triggers'] {
  const items = [...counts.values()]
    .map(({ text, urges, slips }) => ({ text, urges, slips }))
    .sort((a, b) => b.urges + b.slips - (a.urges + a.slips) || a.text.localeCompare(b.text));
  if (total < TOO_FEW_TO_TELL) return { ...notEnough(), items };
  const top = soleTop(items.map((t) => [t.text, t.urges + t.slips] as const));
  const sentence: PatternSentence =
    top !== undefined && top.count > 1 ? { key: 'topTrigger', trigger: top.key, count: top.count, total } : { key: 'triggersSpread', total };
  return { enough: true, sentences: [sentence], items };
}

function feelingPattern(counts: Map<Feeling, { urges: number; rated: number; strength: number }>, total: number): Patterns['feelings'] {
  const items: FeelingCount[] = [...counts]
    .map(([feeling, c]) => ({ feeling, urges: c.urges, rated: c.rated, averageStrength: c.rated === 0 ? null : round1(c.strength / c.rated) }))
    .sort((a, b) => b.urges - a.urges || a.feeling.localeCompare(b.feeling));
  if (total < TOO_FEW_TO_TELL) return { ...notEnough(), items };
  const top = soleTop(items.map((f) => [f.feeling, f.urges] as const));
  if (top === undefined) return { enough: true, sentences: [{ key: 'feelingsSpread', total }], items };
  const sentences: PatternSentence[] = [{ key: 'topFeeling', feeling: top.key, count: top.count, total }];
  const topItem = items.find((f) => f.feeling === top.key);
  if (topItem?.averageStrength !== null && topItem !== undefined && topItem.rated >= TOO_FEW_TO_TELL)
    sentences.push({ key: 'feelingStrength', feeling: top.key, strength: topItem.averageStrength, rated: topItem.rated });
  return { enough: true, sentences, items };
}

function timePattern(byPart: Record<PartOfDay, number>, byWeekday: number[], total: number): Patterns['times'] {
  if (total < TOO_FEW_TO_TELL) return { ...notEnough(), byPart, byWeekday };
  const part = soleTop(partsOfDay.map((p) => [p, byPart[p]] as const));
  const day = soleTop(byWeekday.map((count, weekday) => [weekday, count] as const));
  return {
    enough: true,
    sentences: [
      part ? { key: 'topPart', part: part.key, count: part.count, total } : { key: 'partsSpread', total },
      day ? { key: 'topWeekday', weekday: day.key, count: day.count, total } : { key: 'weekdaysSpread' },
    ],
    byPart,
    byWeekday,
  };
}

type SelfCareSides = Record<SelfCareItem, { done: SelfCareSide; notDone: SelfCareSide }>;

function selfCarePattern(sides: SelfCareSides): Patterns['selfCare'] {
  const rows = selfCareItems.map((item) => {
    const { done, notDone } = sides[item];
    return { item, done, notDone, tooFewToTell: done.days < TOO_FEW_TO_TELL || notDone.days < TOO_FEW_TO_TELL };
  });
  // The item whose two sides differ most is said in words; the table shows them all, in a fixed order.
  const share = (s: SelfCareSide) => s.withUrge / s.days;
  const said = rows
    .filter((r) => !r.tooFewToTell)
    .reduce<SelfCareRow | undefined>(
      (best, r) => (best === undefined || Math.abs(share(r.done) - share(r.notDone)) > Math.abs(share(best.done) - share(best.notDone)) ? r : best),
      undefined,
    );
  if (said === undefined) return { ...notEnough(), rows };
  return {
    enough: true,
    sentences: [
      {
        key: 'selfCare',
        item: said.item,
        doneDays: said.done.days,
        doneWithUrge: said.done.withUrge,
        notDoneDays: said.notDone.days,
        notDoneWithUrge: said.notDone.withUrge,
      },
    ],
    rows,
  };
}

function skillPattern(sums: Map<string, { times: number; before: number; after: number }>): Patterns['skills'] {
  // By how often each was used, then by id: the order of use, never of merit.
  const items = [...sums]
    .map(([skillId, s]) => ({
      skillId,
      times: s.times,
      averageBefore: round1(s.before / s.times),
      averageAfter: round1(s.after / s.times),
      tooFewToTell: s.times < TOO_FEW_TO_TELL,
    }))
    .sort((a, b) => b.times - a.times || a.skillId.localeCompare(b.skillId));
  const most = items[0];
  if (most === undefined || most.tooFewToTell) return { ...notEnough(), items };
  return {
    enough: true,
    sentences: [{ key: 'skillMostUsed', skillId: most.skillId, times: most.times, before: most.averageBefore, after: most.averageAfter }],
    items,
  };
}

function trendPattern(urges: number, earlier: number, recent: number, urgeSum: number, urgeRated: number, buckets: number): Pattern {
  const sentences: PatternSentence[] = [];
  if (urges >= TOO_FEW_TO_TELL && buckets > 1)
    sentences.push({ key: recent < earlier ? 'trendFewer' : recent > earlier ? 'trendMore' : 'trendSame', recent, earlier });
  if (urgeRated >= TOO_FEW_TO_TELL) sentences.push({ key: 'checkInUrge', average: round1(urgeSum / urgeRated), count: urgeRated });
  return sentences.length === 0 ? notEnough() : { enough: true, sentences };
}
