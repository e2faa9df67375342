// One merge for every kind of record, behind one entry: mergeRecords(kind, a, b). Restoring a backup in
// "merge" mode uses it now, and the sync issue will reuse exactly this merge between devices, so its rules
// (docs/backup-format.md, "Merging") hold whichever side is which: no item either side has is lost, merging
// again changes nothing, and the order of merging does not matter (except this device's settings, and the
// order of items in a list: this device's first). `a` is this device, `b` the backup (or the other device).
import type { RecordDefinition } from '../records/define-record.ts';
import { settingsRecord } from '../records/settings.ts';
import { helpContactRecord } from '../records/help-contact.ts';
import { planRecord, planVersionRecord } from '../plan/plan-record.ts';
import { supportCardRecord } from '../plan/support-card-record.ts';
import { episodeMonthRecord } from '../urge/episode-record.ts';
import { skillPrefsRecord } from '../urge/skill-prefs-record.ts';
import { checkInMonthRecord } from '../diary/checkin-record.ts';
import { diaryPrefsRecord } from '../diary/diary-prefs-record.ts';
import { reflectionRecord } from '../diary/reflection-record.ts';
import { journalRecord } from '../diary/journal-record.ts';
import { goalRecord } from '../diary/goal-record.ts';
import { hopeItemRecord } from '../hope/hope-record.ts';
import { settledRecord } from '../diary/settled-record.ts';
import { RecordSets } from './record-sets.ts';
import type { Merged } from './merge-helpers.ts';
import { mergeCheckInMonths, mergeEpisodeMonths } from './merge-months.ts';
import { mergePlans, mergePlanVersions, mergeSupportCards } from './merge-plan.ts';
import { mergeDiaryPrefs, mergeSettings, mergeSettled, mergeSkillPrefs } from './merge-preferences.ts';
import { mergeGoals, mergeHelpContacts, mergeHopeItems, mergeJournal, mergeReflections } from './merge-documents.ts';

interface KindMerge<T> {
  definition: RecordDefinition<T>;
  merge: (a: RecordSets, b: RecordSets) => Merged<T>;
}

const kind = <T>(definition: RecordDefinition<T>, merge: (a: RecordSets, b: RecordSets) => Merged<T>): KindMerge<unknown> =>
  ({ definition, merge }) as KindMerge<unknown>;

/** Every kind Ebb stores, with its merge. A test checks this covers every kind in recordKinds. */
export const mergeableKinds: readonly KindMerge<unknown>[] = [
  kind(settingsRecord, mergeSettings),
  kind(helpContactRecord, mergeHelpContacts),
  kind(planRecord, mergePlans),
  kind(planVersionRecord, mergePlanVersions),
  kind(supportCardRecord, mergeSupportCards),
  kind(episodeMonthRecord, mergeEpisodeMonths),
  kind(skillPrefsRecord, mergeSkillPrefs),
  kind(checkInMonthRecord, mergeCheckInMonths),
  kind(diaryPrefsRecord, mergeDiaryPrefs),
  kind(reflectionRecord, mergeReflections),
  kind(journalRecord, mergeJournal),
  kind(goalRecord, mergeGoals),
  kind(settledRecord, mergeSettled),
  kind(hopeItemRecord, mergeHopeItems),
];

const byType = new Map(mergeableKinds.map((k) => [k.definition.type, k]));

/** Merges one kind of record from two sides (decoded). Throws for a kind this Ebb does not know. */
export function mergeRecords(type: string, a: RecordSets, b: RecordSets): Merged<unknown> {
  const merge = byType.get(type);
  if (!merge) throw new Error(`No merge for record kind ${type}`);
  return merge.merge(a, b);
}

/** Merges every kind: what both sides hold together. */
export function mergeAll(a: RecordSets, b: RecordSets): { merged: RecordSets; leftOut: number } {
  const byKind = new Map<string, ReadonlyMap<string, unknown>>();
  let leftOut = 0;
  for (const { definition } of mergeableKinds) {
    const result = mergeRecords(definition.type, a, b);
    if (result.records.size > 0) byKind.set(definition.type, result.records);
    leftOut += result.leftOut;
  }
  return { merged: new RecordSets(byKind), leftOut };
}
