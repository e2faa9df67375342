// The month merge sync uses when two devices changed one month (mergeOne over check-in and urge months),
// property-tested on whole months: commutative, associative and idempotent, every day and episode from both
// sides kept, and the result still a valid record. (merge.test.ts covers every kind's merge for restore.)
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonical } from '../merge/merge-helpers.ts';
import { checkInMonthRecord, emptyCheckIn, type CheckInMonth } from '../diary/checkin-record.ts';
import { episodeMonthRecord, type EpisodeMonth } from '../urge/episode-record.ts';
import { decodeSynced, encodeSynced, mergeOne, monthKinds } from './sync-kinds.ts';

const savedAt = fc.nat({ max: 4 });
const checkInMonthArb: fc.Arbitrary<CheckInMonth> = fc
  .uniqueArray(
    fc.record({
      day: fc.integer({ min: 1, max: 30 }),
      note: fc.constantFrom('', 'slept', 'calmer'),
      urge: fc.option(fc.nat({ max: 5 }), { nil: null }),
      savedAt,
    }),
    { selector: (c) => c.day, maxLength: 8 },
  )
  .map((days) => ({
    days: days
      .map(({ day, note, urge, savedAt: at }) => ({ ...emptyCheckIn(`2026-11-${String(day).padStart(2, '0')}`, at), note, urge }))
      .sort((x, y) => (x.day < y.day ? -1 : 1)),
  }));

const episodeMonthArb: fc.Arbitrary<EpisodeMonth> = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom('e1', 'e2', 'e3', 'e4'),
      endedAt: fc.option(
        savedAt.map((t) => 10 + t),
        { nil: null },
      ),
      ratings: fc.array(fc.record({ at: savedAt.map((t) => 10 + t), value: fc.nat({ max: 10 }) }), { maxLength: 2 }),
      outcome: fc.constantFrom(null, 'eased' as const, 'slipped' as const),
    }),
    { selector: (e) => e.id, maxLength: 4 },
  )
  .map((episodes) => ({
    episodes: episodes
      .map((e) => ({ ...e, startedAt: 10 + Number(e.id.slice(1)), feelings: [], trigger: '', skills: [] }))
      .sort((x, y) => x.startedAt - y.startedAt),
  }));

const kinds = [
  { type: checkInMonthRecord.type, arb: checkInMonthArb as fc.Arbitrary<unknown>, items: (m: unknown) => (m as CheckInMonth).days.map((d) => d.day) },
  { type: episodeMonthRecord.type, arb: episodeMonthArb as fc.Arbitrary<unknown>, items: (m: unknown) => (m as EpisodeMonth).episodes.map((e) => e.id) },
];

const runs = { numRuns: 200 };

describe('month merge for sync', () => {
  it('covers exactly the month kinds', () => {
    expect([...monthKinds].sort()).toEqual(['checkin-month', 'urge-month']);
  });

  for (const { type, arb, items } of kinds) {
    const merge = (a: unknown, b: unknown) => mergeOne(type, '2026-11', a, b);
    const same = (a: unknown, b: unknown) => expect(canonical(a)).toBe(canonical(b));

    it(`${type}: commutative, associative and idempotent`, () => {
      fc.assert(
        fc.property(arb, arb, arb, (a, b, c) => {
          same(merge(a, b), merge(b, a));
          same(merge(merge(a, b), c), merge(a, merge(b, c)));
          same(merge(a, a), a);
          same(merge(merge(a, b), b), merge(a, b));
        }),
        runs,
      );
    });

    it(`${type}: keeps every item of both sides, as a valid record`, () => {
      fc.assert(
        fc.property(arb, arb, (a, b) => {
          const merged = merge(a, b);
          expect(items(merged)).toEqual(expect.arrayContaining([...items(a), ...items(b)]));
          expect(decodeSynced(type, encodeSynced(type, merged))).toEqual(merged);
        }),
        runs,
      );
    });
  }

  it('reads nothing it cannot: unknown kinds, newer versions and bad shapes are undefined', () => {
    expect(decodeSynced('mood-map', { v: 1, data: {} })).toBeUndefined();
    expect(decodeSynced('checkin-month', { v: 3, data: { days: [] } })).toBeUndefined();
    expect(decodeSynced('checkin-month', { v: 2, data: { days: 'none' } })).toBeUndefined();
    expect(decodeSynced('checkin-month', { v: 2, data: { days: [] } })).toEqual({ days: [] });
  });
});
