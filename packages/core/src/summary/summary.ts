// The summary a person can take to their clinician, built on the device from their own records: a week or a
// month as a diary card (one entry per day; a day with no card is "not recorded", never a zero), their urge
// episodes with the urge before and after each skill, the reflections on slips they ticked, and the current
// plan's version. The person chooses every part; what they leave out is not in the summary at all.
// No score, label or prediction is derived from any of it (docs/clinical-rules.md rule 5).
import type { Feeling } from '@ebb/content';
import type { CheckIn } from '../diary/checkin-record.ts';
import { dayOf, type Day } from '../diary/day.ts';
import type { Reflection } from '../diary/reflection-record.ts';
import type { PlanVersion } from '../plan/plan-record.ts';
import type { Episode, EpisodeOutcome } from '../urge/episode-record.ts';
import { periodDays, type SummaryPeriod } from './summary-period.ts';

/** The diary card's rows the person can include. */
export interface SummaryCardChoices {
  urge: boolean;
  emotions: boolean;
  selfHarm: boolean;
  /** Skills used, on the DBT 0–7 scale. */
  skills: boolean;
  selfCare: boolean;
  /** Thoughts of suicide, 0–5: off unless the person chooses it. */
  suicidalThoughts: boolean;
  /** The day's note in their own words: off unless the person chooses it. */
  note: boolean;
}

export interface SummaryChoices {
  card: SummaryCardChoices;
  /** Urge episodes (Ride it out), with the urge before and after each skill tried. */
  episodes: boolean;
  /** The slips (episode ids) whose reflections the person ticked; none unless ticked. */
  reflections: readonly string[];
  /** The current plan's version (its number and date). */
  plan: boolean;
}

/** What the chooser starts with: the diary card and episodes; never the thoughts-of-suicide row, the note or a reflection. */
export const defaultSummaryChoices: SummaryChoices = {
  card: { urge: true, emotions: true, selfHarm: true, skills: true, selfCare: true, suicidalThoughts: false, note: false },
  episodes: true,
  reflections: [],
  plan: true,
};

/** The records a summary is built from, as read (and decrypted) by the screen. */
export interface SummarySource {
  checkIns: readonly CheckIn[];
  episodes: readonly Episode[];
  reflections: readonly Reflection[];
  /** The plan's versions, in any order; the newest is the current plan. Empty when there is no plan yet. */
  planVersions: readonly Pick<PlanVersion, 'savedAt' | 'changedAt' | 'reason'>[];
  /** Skill names by id (library, the person's own and their plan's): an unknown id is shown as itself. */
  skillNames: ReadonlyMap<string, string>;
  /** The diary's emotion rows, in the person's order; emotions named on cards but not set up follow them. */
  emotionRows: readonly string[];
}

/** Which rows the summary's diary card has: columns of the CSV, items of the FHIR responses. */
export interface SummaryRows {
  urge: boolean;
  selfHarm: boolean;
  suicidalThoughts: boolean;
  /** The emotion rows (names), or null when emotions are left out. */
  emotions: string[] | null;
  /** The skills named on the period's cards, in name order, or null when skills are left out. */
  skills: Array<{ id: string; name: string }> | null;
  selfCare: boolean;
  note: boolean;
}

/** One day's card, holding only the rows chosen (the rest are null or empty); a null value was not answered. */
export interface SummaryCard {
  savedAt: number;
  urge: number | null;
  suicidalThoughts: number | null;
  /** Emotion name → 0–5, for the emotions answered. */
  emotions: ReadonlyMap<string, number>;
  /** Skill id → 0–7, for the skills scored. */
  skills: ReadonlyMap<string, number>;
  selfCare: CheckIn['selfCare'] | null;
  note: string;
}

export interface SummaryDay {
  day: Day;
  /**
   * Whether the person recorded anything that day: a card, or an urge episode that started or ended then (as
   * Progress counts it, diary/progress.ts). A day not recorded is "not recorded", never a zero or a good day.
   */
  recorded: boolean;
  /** When the last thing recorded for the day was written (its card saved, an episode started or ended); null when not recorded. */
  recordedAt: number | null;
  /** The day's card; null when no card was left that day. */
  card: SummaryCard | null;
  /**
   * Self-harm that day, as the person told it: yes when their card says so or they noted a slip that day, no
   * when their card says no, null when not said (or the row is left out).
   */
  selfHarm: boolean | null;
  /** How many urge episodes started that day (0 when episodes are left out). */
  episodes: number;
}

export interface SummarySkillTry {
  skillId: string;
  name: string;
  /** The urge (0–10) before and after trying it; null when not rated. */
  before: number | null;
  after: number | null;
}

export interface SummaryEpisode {
  id: string;
  /** The day it started on, in the person's own time zone. */
  day: Day;
  startedAt: number;
  endedAt: number | null;
  /** The first and last urge ratings (0–10). */
  urgeAtStart: number | null;
  urgeAtEnd: number | null;
  feelings: Feeling[];
  trigger: string;
  skills: SummarySkillTry[];
  outcome: EpisodeOutcome | null;
}

export interface SummaryReflection extends Reflection {
  /** The day of the slip reflected on. */
  day: Day;
}

export interface SummaryPlan {
  /** 1 for the plan's first version, counting up. */
  version: number;
  savedAt: number;
  changedAt: number;
  reason: string;
}

export interface Summary {
  period: SummaryPeriod;
  from: Day;
  to: Day;
  rows: SummaryRows;
  /** Every day of the period, in order. */
  days: SummaryDay[];
  /** The episodes that started in the period, oldest first; null when left out. */
  episodes: SummaryEpisode[] | null;
  /** The ticked reflections on slips in the period, oldest first. */
  reflections: SummaryReflection[];
  plan: SummaryPlan | null;
}

/** The reflections on slips in the period, oldest first: what the chooser offers to tick. */
export function reflectionsIn(reflections: readonly Reflection[], period: SummaryPeriod): SummaryReflection[] {
  const days = periodDays(period);
  const from = days[0] as Day;
  const to = days.at(-1) as Day;
  return reflections
    .map((r) => ({ ...r, day: dayOf(r.slipAt) }))
    .filter((r) => r.day >= from && r.day <= to)
    .sort((a, b) => a.slipAt - b.slipAt);
}

/** A slip noted on its own (the slip screen): no ratings and no skills, only that it happened. */
const slipNoteOnly = (e: Episode) => e.outcome === 'slipped' && e.ratings.length === 0 && e.skills.length === 0;
const slipDay = (e: Episode) => dayOf(e.endedAt ?? e.startedAt);
const DAY_MS = 86_400_000;
const noonOf = (day: Day) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12).getTime();
};

export function buildSummary(source: SummarySource, period: SummaryPeriod, choices: SummaryChoices): Summary {
  const chosen = choices.card;
  const days = periodDays(period);
  const from = days[0] as Day;
  const to = days.at(-1) as Day;
  const inPeriod = (day: Day) => day >= from && day <= to;
  const nameOf = (id: string) => source.skillNames.get(id) ?? id;

  const cards = new Map<Day, CheckIn>();
  for (const c of source.checkIns) if (inPeriod(c.day)) cards.set(c.day, c);
  const periodCards = [...cards.values()];

  // Only episodes near the period are looked at by day (years of them can be in the source); the margin of
  // two days either side covers any time zone's midnight.
  const [lo, hi] = [noonOf(from) - 2 * DAY_MS, noonOf(to) + 2 * DAY_MS];
  const near = (at: number) => at >= lo && at <= hi;
  const nearby = source.episodes.filter((e) => near(e.startedAt) || (e.endedAt !== null && near(e.endedAt)));
  // Nothing about self-harm goes into a summary whose self-harm row is left out: not slip notes, and not an
  // episode's ending in a slip.
  const told = nearby.filter((e) => chosen.selfHarm || !slipNoteOnly(e));
  const episodes = told
    .filter((e) => inPeriod(dayOf(e.startedAt)))
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((e): SummaryEpisode => ({
      id: e.id,
      day: dayOf(e.startedAt),
      startedAt: e.startedAt,
      endedAt: e.endedAt,
      urgeAtStart: e.ratings[0]?.value ?? null,
      urgeAtEnd: e.ratings.at(-1)?.value ?? null,
      feelings: [...e.feelings],
      trigger: e.trigger,
      skills: e.skills.map((s) => ({ skillId: s.skillId, name: nameOf(s.skillId), before: s.before, after: s.after })),
      outcome: e.outcome === 'slipped' && !chosen.selfHarm ? null : e.outcome,
    }));

  const recorded = new Map<Day, number>([...cards.values()].map((c) => [c.day, c.savedAt]));
  const note = (at: number) => {
    const day = dayOf(at);
    recorded.set(day, Math.max(at, recorded.get(day) ?? at));
  };
  for (const e of told) {
    note(e.startedAt);
    if (e.endedAt !== null) note(e.endedAt);
  }
  const slips = new Set(nearby.filter((e) => e.outcome === 'slipped').map(slipDay));

  const rows: SummaryRows = {
    urge: chosen.urge,
    selfHarm: chosen.selfHarm,
    suicidalThoughts: chosen.suicidalThoughts,
    emotions: chosen.emotions ? unique([...source.emotionRows, ...periodCards.flatMap((c) => c.emotions.map((e) => e.name))]) : null,
    skills: chosen.skills
      ? unique(periodCards.flatMap((c) => c.skills.map((s) => s.skillId)))
          .map((id) => ({ id, name: nameOf(id) }))
          .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
      : null,
    selfCare: chosen.selfCare,
    note: chosen.note,
  };

  const summaryDays = days.map((day): SummaryDay => {
    const c = cards.get(day);
    const said = slips.has(day) ? true : (c?.acted ?? null);
    return {
      day,
      recorded: recorded.has(day),
      recordedAt: recorded.get(day) ?? null,
      card: c ? cardOf(c, chosen) : null,
      selfHarm: chosen.selfHarm ? said : null,
      episodes: choices.episodes ? episodes.filter((e) => e.day === day).length : 0,
    };
  });

  const ticked = new Set(choices.reflections);
  const newest = [...source.planVersions].sort((a, b) => b.savedAt - a.savedAt)[0];
  return {
    period,
    from,
    to,
    rows,
    days: summaryDays,
    episodes: choices.episodes ? episodes : null,
    reflections: reflectionsIn(source.reflections, period).filter((r) => ticked.has(r.slipId)),
    plan: choices.plan && newest ? { version: source.planVersions.length, savedAt: newest.savedAt, changedAt: newest.changedAt, reason: newest.reason } : null,
  };
}

/** The card with only the chosen rows: what is left out is not copied at all. */
function cardOf(c: CheckIn, chosen: SummaryCardChoices): SummaryCard {
  return {
    savedAt: c.savedAt,
    urge: chosen.urge ? c.urge : null,
    suicidalThoughts: chosen.suicidalThoughts ? c.suicidalThoughts : null,
    emotions: new Map(chosen.emotions ? c.emotions.map((e) => [e.name, e.value]) : []),
    skills: new Map(chosen.skills ? c.skills.map((s) => [s.skillId, s.score]) : []),
    selfCare: chosen.selfCare ? { ...c.selfCare } : null,
    note: chosen.note ? c.note : '',
  };
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
