// The summary a person can take to their clinician, built on the device from their own records: a week or a
// month as a diary card (one entry per day; a day with no card is "not recorded", never a zero), their urge
// episodes with the urge before and after each skill, the reflections on slips they ticked, and the current
// plan's version. The person chooses every part; what they leave out is not in the summary at all.
// No score, label or prediction is derived from any of it (docs/clinical-rules.md rule 5).
import type { Feeling } from '@ebb/content';
import type { CheckIn } from '../diary/checkin-record.ts';
import type { Day } from '../diary/day.ts';
import type { Reflection } from '../diary/reflection-record.ts';
import type { PlanVersion } from '../plan/plan-record.ts';
import type { Episode, EpisodeOutcome } from '../urge/episode-record.ts';
import type { SummaryPeriod } from './summary-period.ts';

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
  selfHarm: boolean | null;
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
  /** Null when no card was left that day: "not recorded", never zero. */
  card: SummaryCard | null;
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
  void reflections;
  void period;
  throw new Error('not yet');
}

export function buildSummary(source: SummarySource, period: SummaryPeriod, choices: SummaryChoices): Summary {
  void source;
  void period;
  void choices;
  throw new Error('not yet');
}
