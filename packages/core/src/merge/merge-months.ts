// Merging the month records: check-ins per day, urge episodes per episode. Where both sides have the same
// day or episode, the newer one is kept (a check-in by when it was saved, an episode by its last moment);
// keeping both would count one day or one urge twice, and progress must stay honest (docs/clinical-rules.md rule 21).
import { checkInMonthRecord, type CheckIn, type CheckInMonth } from '../diary/checkin-record.ts';
import { episodeMonthRecord, type Episode, type EpisodeMonth } from '../urge/episode-record.ts';
import type { RecordSets } from './record-sets.ts';
import { mergeEach, unionByKey, type Merged } from './merge-helpers.ts';

const byDay = (x: CheckIn, y: CheckIn) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0);

export function mergeCheckInMonths(a: RecordSets, b: RecordSets): Merged<CheckInMonth> {
  return mergeEach(a.get(checkInMonthRecord), b.get(checkInMonthRecord), (x, y) => ({
    value: {
      days: unionByKey(
        x.days,
        y.days,
        (c) => c.day,
        (c) => c.savedAt,
      ).sort(byDay),
    },
    leftOut: 0,
  }));
}

/** The last moment an episode records: a later version of the same episode has gone further. */
const lastMoment = (e: Episode): number => Math.max(e.startedAt, e.endedAt ?? 0, ...e.ratings.map((r) => r.at), ...e.skills.map((s) => s.startedAt));

const byStart = (x: Episode, y: Episode) => x.startedAt - y.startedAt || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

export function mergeEpisodeMonths(a: RecordSets, b: RecordSets): Merged<EpisodeMonth> {
  return mergeEach(a.get(episodeMonthRecord), b.get(episodeMonthRecord), (x, y) => ({
    value: { episodes: unionByKey(x.episodes, y.episodes, (e) => e.id, lastMoment).sort(byStart) },
    leftOut: 0,
  }));
}
