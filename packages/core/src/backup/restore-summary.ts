// What a restore really changed, counted the way a person would count it: days of check-ins, urges, journal
// entries, people… not stored records (a month of check-ins is one record but many days).
import { checkInMonthRecord, type CheckInMonth } from '../diary/checkin-record.ts';
import { episodeMonthRecord, type EpisodeMonth } from '../urge/episode-record.ts';
import type { RecordSets } from '../merge/record-sets.ts';
import { same } from '../merge/merge-helpers.ts';

/** Things counted one by one. */
export const countedThings = ['checkInDays', 'urges', 'journalEntries', 'people', 'goals', 'reflections', 'planVersions', 'hopeItems'] as const;
/** Things there is one of. */
export const singleThings = ['plan', 'supportCard', 'skills', 'diaryCard', 'settings'] as const;
export type CountedThing = (typeof countedThings)[number];
export type SingleThing = (typeof singleThings)[number];

export interface RestoreSummary {
  added: Record<CountedThing, number>;
  updated: Record<CountedThing, number>;
  /** Single things this device did not have. */
  addedSingle: SingleThing[];
  /** Single things this device had, now changed. */
  updatedSingle: SingleThing[];
  /** List items that did not fit a full list (a record's limit) and were not restored. */
  leftOut: number;
}

const perRecord: Readonly<Record<string, CountedThing>> = {
  'journal-entry': 'journalEntries',
  'help-contact': 'people',
  goal: 'goals',
  reflection: 'reflections',
  'plan-version': 'planVersions',
  'hope-item': 'hopeItems',
};
const single: Readonly<Record<string, SingleThing>> = {
  plan: 'plan',
  'support-card': 'supportCard',
  'skill-prefs': 'skills',
  'diary-prefs': 'diaryCard',
  settings: 'settings',
};

const zero = (): Record<CountedThing, number> => ({
  checkInDays: 0,
  urges: 0,
  journalEntries: 0,
  people: 0,
  goals: 0,
  reflections: 0,
  planVersions: 0,
  hopeItems: 0,
});

/** Items inside month records, by their own key (a day, an episode id). */
function monthItems(type: string, value: unknown): Map<string, unknown> | undefined {
  if (type === checkInMonthRecord.type) return new Map((value as CheckInMonth).days.map((d) => [d.day, d]));
  if (type === episodeMonthRecord.type) return new Map((value as EpisodeMonth).episodes.map((e) => [e.id, e]));
  return undefined;
}

/** Counts what is in `after` that `before` did not have, or had differently. */
export function summariseChanges(before: RecordSets, after: RecordSets, types: readonly string[], leftOut: number): RestoreSummary {
  const summary: RestoreSummary = { added: zero(), updated: zero(), addedSingle: [], updatedSingle: [], leftOut };
  for (const type of types) {
    const old = before.ofType(type);
    for (const [id, value] of after.ofType(type)) {
      const previous = old.get(id);
      if (previous !== undefined && same(previous, value)) continue;
      const items = monthItems(type, value);
      if (items) {
        const thing: CountedThing = type === checkInMonthRecord.type ? 'checkInDays' : 'urges';
        const oldItems = previous === undefined ? new Map<string, unknown>() : (monthItems(type, previous) ?? new Map<string, unknown>());
        for (const [key, item] of items) {
          const was = oldItems.get(key);
          if (was === undefined) summary.added[thing]++;
          else if (!same(was, item)) summary.updated[thing]++;
        }
      } else if (perRecord[type]) {
        summary[previous === undefined ? 'added' : 'updated'][perRecord[type]]++;
      } else if (single[type]) {
        const list = previous === undefined ? summary.addedSingle : summary.updatedSingle;
        if (!list.includes(single[type])) list.push(single[type]);
      }
    }
  }
  return summary;
}
