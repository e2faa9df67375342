// The merge restore uses (and sync will reuse), property-tested over generated pairs and triples of
// datasets that often hold the same days, episodes and ids with different contents: no item either side
// holds is lost, merging again changes nothing, and the order and grouping of merges do not matter.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { feelings } from '@ebb/content';
import { encodeRecord, type RecordDefinition } from '../records/define-record.ts';
import { recordKinds } from '../records/all-records.ts';
import { defaultSettings, settingsRecord, type Settings } from '../records/settings.ts';
import { helpContactRecord, type HelpContact } from '../records/help-contact.ts';
import { emptyPlan, planRecord, planVersionRecord, PLAN_ID, type Plan, type PlanVersion } from '../plan/plan-record.ts';
import { supportCardRecord, SUPPORT_CARD_ID, type SupportCard } from '../plan/support-card-record.ts';
import { episodeMonthRecord, type Episode, type EpisodeMonth } from '../urge/episode-record.ts';
import { skillPrefsRecord, SKILL_PREFS_ID, type SkillPrefs } from '../urge/skill-prefs-record.ts';
import { checkInMonthRecord, emptyCheckIn, type CheckIn, type CheckInMonth } from '../diary/checkin-record.ts';
import { settledRecord, SETTLED_ID } from '../diary/settled-record.ts';
import { diaryPrefsRecord, DIARY_PREFS_ID, type DiaryPrefs } from '../diary/diary-prefs-record.ts';
import { emptyReflection, reflectionRecord, vulnerabilityKinds, type Reflection } from '../diary/reflection-record.ts';
import { journalRecord, type JournalEntry } from '../diary/journal-record.ts';
import { goalRecord, type Goal } from '../diary/goal-record.ts';
import { RecordSets } from './record-sets.ts';
import { canonical } from './merge-helpers.ts';
import { mergeAll, mergeableKinds, mergeRecords } from './merge-records.ts';

// Small value ranges, so that two generated sides often share a day, an episode or an id.
const time = fc.nat({ max: 6 });
const word = fc.constantFrom('a', 'b', 'cc');
const some = <T>(values: readonly T[]) => fc.subarray([...values]);

const checkInArb: fc.Arbitrary<CheckIn> = fc
  .record({
    day: fc.constantFrom('2026-11-01', '2026-11-02', '2026-11-03'),
    urge: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
    note: fc.constantFrom('', 'slept badly', 'ok'),
    suicidalThoughts: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
    savedAt: time,
  })
  .map(({ day, urge, note, suicidalThoughts, savedAt }) => ({ ...emptyCheckIn(day, savedAt), urge, note, suicidalThoughts }));
const checkInMonthArb: fc.Arbitrary<CheckInMonth> = fc
  .uniqueArray(checkInArb, { selector: (c) => c.day, maxLength: 3 })
  .map((days) => ({ days: days.sort((x, y) => x.day.localeCompare(y.day)) }));

const episodeArb: fc.Arbitrary<Episode> = fc.record({
  id: fc.constantFrom('e1', 'e2', 'e3'),
  startedAt: fc.constant(1),
  endedAt: fc.option(time, { nil: null }),
  ratings: fc.array(fc.record({ at: time, value: fc.integer({ min: 0, max: 10 }) }), { maxLength: 2 }),
  feelings: some(feelings.slice(0, 3)),
  trigger: fc.constantFrom('', 'a long day'),
  skills: fc.constant([]),
  outcome: fc.constantFrom(null, 'eased' as const, 'slipped' as const),
});
const episodeMonthArb: fc.Arbitrary<EpisodeMonth> = fc
  .uniqueArray(episodeArb, { selector: (e) => e.id, maxLength: 3 })
  .map((episodes) => ({ episodes: episodes.sort((x, y) => x.id.localeCompare(y.id)) }));

const journalArb: fc.Arbitrary<JournalEntry> = fc.record({
  createdAt: fc.constant(0),
  updatedAt: time,
  prompt: fc.constant(null),
  text: word,
  feelings: fc.constant([]),
  triggers: some(['work', 'home']),
});
const contactArb: fc.Arbitrary<HelpContact> = fc.record({
  name: fc.constantFrom('Ash', 'Bo'),
  phone: fc.constantFrom('', '0123 456'),
  note: fc.constant(''),
  createdAt: time,
});
const goalArb: fc.Arbitrary<Goal> = fc.record({
  title: fc.constantFrom('Walk', 'Read'),
  due: fc.constant(null),
  steps: fc.array(fc.record({ text: word, due: fc.constant(null), doneAt: fc.option(time, { nil: null }) }), { maxLength: 2 }),
  createdAt: fc.constant(0),
});
const reflectionArb = (slipId: string): fc.Arbitrary<Reflection> =>
  fc
    .record({
      vulnerabilities: some(vulnerabilityKinds),
      thoughts: fc.constantFrom('', 'x', 'yy'),
      repair: fc.constantFrom('', 'sorry', 'rest'),
      finishedAt: fc.option(time, { nil: null }),
    })
    .map((r) => ({ ...emptyReflection(slipId, 1), ...r }));
// With people as the plan now keeps them (plan version 3: the one list of people, each with a note).
const planArb: fc.Arbitrary<Plan> = fc.tuple(some(['Music', 'A walk', 'Call Sam']), some(['Sam', 'Kim'])).map(([items, names]) => {
  const plan = emptyPlan();
  plan.sections['on-my-own'] = items.map((text) => ({ text }));
  plan.sections['people-to-ask'] = names.map((name) => ({ name, phone: '', message: '', note: name === 'Sam' ? 'my sister' : '' }));
  return plan;
});
const versionArb = (savedAt: number): fc.Arbitrary<PlanVersion> =>
  fc.record({ savedAt: fc.constant(savedAt), changedAt: time.map((t) => savedAt + t), reason: fc.constantFrom('', 'with my therapist'), plan: planArb });
const supportCardArb: fc.Arbitrary<SupportCard> = fc.record({
  show: fc.record({ warningSigns: fc.boolean(), whatHelps: fc.boolean(), sayAndDont: fc.boolean(), whoToCall: fc.boolean() }),
  say: some(['Sit with me', 'Ask how I am']),
  dontSay: some(['Calm down']),
});
const skillPrefsArb: fc.Arbitrary<SkillPrefs> = fc.record({
  favourites: some(['paced-breathing', 'stop', 'ice']),
  hidden: some(['exercise', 'stop']),
  own: fc.uniqueArray(
    fc.record({ id: fc.constantFrom('own-1', 'own-2'), name: fc.constantFrom('Draw', 'Sing'), steps: fc.constant(['Start']), feelings: fc.constant([]) }),
    { selector: (s) => s.id, maxLength: 2 },
  ),
  prosCons: fc.record({ actingPros: some(['relief']), actingCons: some(['regret', 'hiding']), resistingPros: some(['proud']), resistingCons: fc.constant([]) }),
});
const diaryPrefsArb: fc.Arbitrary<DiaryPrefs> = fc.record({
  emotions: some(['Sadness', 'Joy', 'Anger']),
  trackMedication: fc.boolean(),
  trackTherapy: fc.boolean(),
  trackSuicidalThoughts: fc.boolean(),
});
const settingsArb: fc.Arbitrary<Settings> = fc
  .record({ theme: fc.constantFrom('light' as const, 'dark' as const), lastBackupAt: fc.option(time, { nil: null }) })
  .map(({ theme, lastBackupAt }) => ({ ...defaultSettings, theme, backupReminder: { everyDays: 7 as const, lastBackupAt } }));

/** Records of one kind under some of the given ids. */
const some_of = <T>(definition: RecordDefinition<T>, ids: readonly string[], value: (id: string) => fc.Arbitrary<T>) =>
  fc
    .tuple(...ids.map((id) => fc.option(value(id), { nil: undefined })))
    .map((values) => values.flatMap((v, i) => (v === undefined ? [] : [{ type: definition.type, id: ids[i] ?? '', value: v as unknown }])));

const sideArb: fc.Arbitrary<RecordSets> = fc
  .tuple(
    some_of(checkInMonthRecord, ['2026-11'], () => checkInMonthArb),
    some_of(episodeMonthRecord, ['2026-11'], () => episodeMonthArb),
    some_of(journalRecord, ['j1', 'j2'], () => journalArb),
    some_of(helpContactRecord, ['p1', 'p2'], () => contactArb),
    some_of(goalRecord, ['g1'], () => goalArb),
    some_of(reflectionRecord, ['e1', 'e2'], reflectionArb),
    some_of(planVersionRecord, ['10', '20'], (id) => versionArb(Number(id))),
    some_of(supportCardRecord, [SUPPORT_CARD_ID], () => supportCardArb),
    some_of(skillPrefsRecord, [SKILL_PREFS_ID], () => skillPrefsArb),
    some_of(diaryPrefsRecord, [DIARY_PREFS_ID], () => diaryPrefsArb),
    some_of(settingsRecord, ['settings'], () => settingsArb),
    some_of(settledRecord, [SETTLED_ID], () => fc.record({ at: time })),
  )
  .map((kinds) => {
    const records = kinds.flat();
    // As the app keeps it: the current plan is the newest version's (every saved plan is kept as one).
    const versions = records.filter((r) => r.type === planVersionRecord.type).map((r) => r.value as PlanVersion);
    const newest = versions.reduce<PlanVersion | undefined>(
      (n, v) => (n && (n.changedAt > v.changedAt || (n.changedAt === v.changedAt && canonical(n) >= canonical(v))) ? n : v),
      undefined,
    );
    if (newest) records.push({ type: planRecord.type, id: PLAN_ID, value: newest.plan });
    return RecordSets.of(records);
  });

const types = mergeableKinds.map((k) => k.definition.type);
/** Kinds whose lists keep this device's order first: compared as sets when sides swap. */
const listOrderKinds = new Set(['support-card', 'skill-prefs', 'diary-prefs']);

/** Lists sorted, for comparing where only the order of a list may differ. */
const sortLists = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortLists).sort((x, y) => canonical(x).localeCompare(canonical(y)))
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sortLists(v)]))
      : value;

const snapshot = (sets: RecordSets, only: readonly string[] = types, loose = false) =>
  only
    .flatMap((type) => [...sets.ofType(type)].map(([id, value]) => `${type}/${id}/${canonical(loose && listOrderKinds.has(type) ? sortLists(value) : value)}`))
    .sort();

const merge = (a: RecordSets, b: RecordSets) => mergeAll(a, b).merged;
const runs = { numRuns: 300 };
const LONG = 60_000;

describe('merge', () => {
  it('has a merge for every kind of record Ebb stores', () => {
    expect([...types].sort()).toEqual(recordKinds.map((k) => k.type).sort());
    expect(() => mergeRecords('mood-log', RecordSets.of([]), RecordSets.of([]))).toThrow();
  });

  it(
    'loses no item either side holds: days, episodes, ids, versions of documents, list items',
    () => {
      fc.assert(
        fc.property(sideArb, sideArb, (a, b) => {
          const { merged, leftOut } = mergeAll(a, b);
          expect(leftOut).toBe(0);
          for (const side of [a, b]) {
            for (const type of types) for (const id of side.ofType(type).keys()) expect(merged.ofType(type).has(id), `${type}/${id}`).toBe(true);
            for (const [id, month] of side.get(checkInMonthRecord)) {
              const days = merged
                .get(checkInMonthRecord)
                .get(id)
                ?.days.map((d) => d.day);
              for (const c of month.days) expect(days).toContain(c.day);
            }
            for (const [id, month] of side.get(episodeMonthRecord)) {
              const ids = merged
                .get(episodeMonthRecord)
                .get(id)
                ?.episodes.map((e) => e.id);
              for (const e of month.episodes) expect(ids).toContain(e.id);
            }
            // People, journal entries and goals: every version written on either side is kept.
            for (const definition of [journalRecord, helpContactRecord, goalRecord] as RecordDefinition<unknown>[]) {
              const kept = new Set([...merged.get(definition).values()].map(canonical));
              for (const value of side.get(definition).values()) expect(kept.has(canonical(value)), definition.type).toBe(true);
            }
            const prefs = merged.get(skillPrefsRecord).get(SKILL_PREFS_ID);
            for (const p of side.get(skillPrefsRecord).values()) {
              expect(prefs?.favourites).toEqual(expect.arrayContaining(p.favourites));
              expect(prefs?.hidden).toEqual(expect.arrayContaining(p.hidden));
              expect(prefs?.prosCons.actingCons).toEqual(expect.arrayContaining(p.prosCons.actingCons));
              const own = new Set(prefs?.own.map((s) => canonical({ ...s, id: '' })));
              for (const s of p.own) expect(own.has(canonical({ ...s, id: '' }))).toBe(true);
            }
            for (const p of side.get(diaryPrefsRecord).values())
              expect(merged.get(diaryPrefsRecord).get(DIARY_PREFS_ID)?.emotions).toEqual(expect.arrayContaining(p.emotions));
            for (const c of side.get(supportCardRecord).values())
              expect(merged.get(supportCardRecord).get(SUPPORT_CARD_ID)?.say).toEqual(expect.arrayContaining(c.say));
            // The plan that is not current any more is still among the versions, where its side had it as one.
            const plan = side.get(planRecord).get(PLAN_ID);
            // (A version replaced by a newer state of the same version, same id, is an earlier state of one sitting.)
            if (
              plan &&
              [...side.get(planVersionRecord).values()].some(
                (v) => canonical(v) === canonical(merged.get(planVersionRecord).get(String(v.savedAt))) && canonical(v.plan) === canonical(plan),
              )
            ) {
              const plans = [merged.get(planRecord).get(PLAN_ID), ...[...merged.get(planVersionRecord).values()].map((v) => v.plan)].map(canonical);
              expect(plans).toContain(canonical(plan));
            }
          }
        }),
        runs,
      );
    },
    LONG,
  );

  it(
    'gives records that are still valid for their kind',
    () => {
      fc.assert(
        fc.property(sideArb, sideArb, (a, b) => {
          const merged = merge(a, b);
          for (const { definition } of mergeableKinds)
            for (const value of merged.ofType(definition.type).values()) expect(() => encodeRecord(definition, value)).not.toThrow();
        }),
        runs,
      );
    },
    LONG,
  );

  it(
    'is idempotent: merging the same side again, or merging twice, changes nothing',
    () => {
      fc.assert(
        fc.property(sideArb, sideArb, (a, b) => {
          expect(snapshot(merge(a, a))).toEqual(snapshot(a));
          const once = merge(a, b);
          expect(snapshot(merge(once, b))).toEqual(snapshot(once));
          expect(snapshot(merge(once, a))).toEqual(snapshot(once));
        }),
        runs,
      );
    },
    LONG,
  );

  it(
    'is commutative: the same whichever side is which (except this device’s settings, and this device’s order first in a list)',
    () => {
      const notSettings = types.filter((t) => t !== settingsRecord.type);
      fc.assert(
        fc.property(sideArb, sideArb, (a, b) => {
          expect(snapshot(merge(a, b), notSettings, true)).toEqual(snapshot(merge(b, a), notSettings, true));
        }),
        runs,
      );
    },
    LONG,
  );

  it(
    'is associative: grouping merges differently gives the same (up to the order of a list’s items)',
    () => {
      fc.assert(
        fc.property(sideArb, sideArb, sideArb, (a, b, c) => {
          expect(snapshot(merge(merge(a, b), c), types, true)).toEqual(snapshot(merge(a, merge(b, c)), types, true));
        }),
        runs,
      );
    },
    LONG,
  );
});
