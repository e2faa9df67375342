// Merging records kept one per item: people, journal entries, goals, hope box items, reflections. Where both sides changed
// the same person, entry or goal, the newer version keeps its place and the other is kept beside it as a
// copy (mergeKeepingBoth): a few words written on each device are never lost. A reflection belongs to its
// slip, so it cannot be copied: its fields are combined one by one, keeping the fuller answer.
import { goalRecord, type Goal } from '../diary/goal-record.ts';
import { journalRecord, type JournalEntry } from '../diary/journal-record.ts';
import { reflectionRecord, reflectionTextFields, vulnerabilityKinds, type Reflection } from '../diary/reflection-record.ts';
import { helpContactRecord, type HelpContact } from '../records/help-contact.ts';
import { hopeItemRecord, type HopeItem } from '../hope/hope-record.ts';
import type { RecordSets } from './record-sets.ts';
import { mergeEach, mergeKeepingBoth, same, type Merged } from './merge-helpers.ts';

export const mergeHelpContacts = (a: RecordSets, b: RecordSets): Merged<HelpContact> => ({
  records: mergeKeepingBoth(a.get(helpContactRecord), b.get(helpContactRecord), (c) => c.createdAt),
  leftOut: 0,
});

export const mergeJournal = (a: RecordSets, b: RecordSets): Merged<JournalEntry> => ({
  records: mergeKeepingBoth(a.get(journalRecord), b.get(journalRecord), (e) => e.updatedAt),
  leftOut: 0,
});

/**
 * Hope box items: moving an item changes only its place, which is no reason to keep two copies of a photo.
 * Where both sides hold the same item in different places, it takes the earlier place (the same on either
 * side, so merging in either order agrees); items that differ otherwise are both kept, as for entries.
 */
export const mergeHopeItems = (a: RecordSets, b: RecordSets): Merged<HopeItem> => {
  const mine = a.get(hopeItemRecord);
  const theirs = b.get(hopeItemRecord);
  const settle = (own: ReadonlyMap<string, HopeItem>, other: ReadonlyMap<string, HopeItem>) =>
    new Map(
      [...own].map(([id, item]) => {
        const there = other.get(id);
        return [id, there && same({ ...there, order: item.order }, item) ? { ...item, order: Math.min(item.order, there.order) } : item] as const;
      }),
    );
  return { records: mergeKeepingBoth(settle(mine, theirs), settle(theirs, mine), (i) => i.createdAt), leftOut: 0 };
};

/** A goal's last change: its newest ticked step, or when it was made. */
const goalTime = (g: Goal): number => Math.max(g.createdAt, ...g.steps.map((s) => s.doneAt ?? 0));

export const mergeGoals = (a: RecordSets, b: RecordSets): Merged<Goal> => ({
  records: mergeKeepingBoth(a.get(goalRecord), b.get(goalRecord), goalTime),
  leftOut: 0,
});

/** The fuller of two answers (the longer; equal lengths settled by the text, so both sides agree). */
const fuller = (x: string, y: string): string => (x.length !== y.length ? (x.length > y.length ? x : y) : x >= y ? x : y);
const laterOrNull = (x: number | null, y: number | null): number | null => (x === null ? y : y === null ? x : Math.max(x, y));

function joinReflections(x: Reflection, y: Reflection): Reflection {
  const joined: Reflection = {
    ...x,
    slipAt: Math.max(x.slipAt, y.slipAt),
    vulnerabilities: vulnerabilityKinds.filter((k) => x.vulnerabilities.includes(k) || y.vulnerabilities.includes(k)),
    finishedAt: laterOrNull(x.finishedAt, y.finishedAt),
  };
  for (const field of reflectionTextFields) joined[field] = fuller(x[field], y[field]);
  return joined;
}

export const mergeReflections = (a: RecordSets, b: RecordSets): Merged<Reflection> =>
  mergeEach(a.get(reflectionRecord), b.get(reflectionRecord), (x, y) => ({ value: joinReflections(x, y), leftOut: 0 }));
