// Urge episodes ("Ride it out"), stored one record per month (docs/architecture.md: high-volume records are
// grouped by month so unlocking stays fast). Each episode keeps when it started and ended, the ratings
// with their times, the feelings named, an optional quick trigger, each skill tried with the rating
// before and after, and how it ended. Never any detail of a method: "slipped" is all that is recorded.
import * as v from 'valibot';
import { feelings } from '@ebb/content';
import { defineRecord } from '../records/define-record.ts';

const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const rating = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10));

export const episodeOutcomes = ['eased', 'reached-out', 'slipped', 'stopped'] as const;
export type EpisodeOutcome = (typeof episodeOutcomes)[number];

const skillTrySchema = v.object({
  skillId: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  startedAt: time,
  before: v.nullable(rating),
  after: v.nullable(rating),
});

const episodeSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  startedAt: time,
  endedAt: v.nullable(time),
  ratings: v.pipe(v.array(v.object({ at: time, value: rating })), v.maxLength(200)),
  feelings: v.pipe(v.array(v.picklist(feelings)), v.maxLength(feelings.length)),
  trigger: v.pipe(v.string(), v.trim(), v.maxLength(200)),
  skills: v.pipe(v.array(skillTrySchema), v.maxLength(100)),
  outcome: v.nullable(v.picklist(episodeOutcomes)),
});

export type Episode = v.InferOutput<typeof episodeSchema>;
export type SkillTry = v.InferOutput<typeof skillTrySchema>;

const monthSchema = v.object({ episodes: v.array(episodeSchema) });
export type EpisodeMonth = v.InferOutput<typeof monthSchema>;

export const episodeMonthRecord = defineRecord<EpisodeMonth>({ type: 'urge-month', version: 1, schema: monthSchema, migrations: {} });

/** The record id for the month an episode started in, in the person's own time zone: "2026-11". */
export function monthId(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** The month's episodes with `episode` added or replaced (by id), oldest first. */
export function withEpisode(month: EpisodeMonth | undefined, episode: Episode): EpisodeMonth {
  const others = (month?.episodes ?? []).filter((e) => e.id !== episode.id);
  return { episodes: [...others, episode].sort((a, b) => a.startedAt - b.startedAt) };
}

/** The month's episodes without the one with `id` (a slip note the person removed). */
export function withoutEpisode(month: EpisodeMonth | undefined, id: string): EpisodeMonth {
  return { episodes: (month?.episodes ?? []).filter((e) => e.id !== id) };
}

export const newEpisode = (id: string, now: number): Episode => ({
  id,
  startedAt: now,
  endedAt: null,
  ratings: [],
  feelings: [],
  trigger: '',
  skills: [],
  outcome: null,
});
