// Days in local time, the diary card record, and progress that a slip never wipes out.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { decodeRecord, encodeRecord } from '../records/define-record.ts';
import { newEpisode, type Episode } from '../urge/episode-record.ts';
import { checkInMonthRecord, emptyCheckIn, withCheckIn, type CheckIn } from './checkin-record.ts';
import { addDays, dayOf, isDay } from './day.ts';
import { computeProgress, riddenOut } from './progress.ts';

// Days are the person's own: run these in a zone with daylight saving.
vi.stubEnv('TZ', 'Europe/London');
const at = (day: string, hour = 12) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`).getTime();
const checkIn = (day: string, acted: boolean | null = false): CheckIn => ({ ...emptyCheckIn(day, at(day)), acted });
const episode = (day: string, outcome: Episode['outcome']): Episode => ({ ...newEpisode(`e-${day}-${outcome}`, at(day)), endedAt: at(day) + 60_000, outcome });

describe('days', () => {
  it('are the local calendar day, across midnight and daylight saving', () => {
    expect(dayOf(at('2026-11-22', 23))).toBe('2026-11-22');
    expect(dayOf(new Date('2026-11-22T00:30:00').getTime())).toBe('2026-11-22');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', -1)).toBe('2026-10-24');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-02-28')).toBe(true);
  });

  it('stepping forward then back returns the same day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: -400, max: 400 }), (offset, n) => {
        const day = addDays('2020-01-01', offset);
        expect(addDays(addDays(day, n), -n)).toBe(day);
      }),
    );
  });
});

describe('the diary card record', () => {
  it('keeps one card per day, in order, and validates the scales', () => {
    let month = withCheckIn(undefined, { ...checkIn('2026-11-02'), urge: 3 });
    month = withCheckIn(month, checkIn('2026-11-01'));
    month = withCheckIn(month, { ...checkIn('2026-11-02'), urge: 1 });
    expect(month.days.map((d) => [d.day, d.urge])).toEqual([
      ['2026-11-01', null],
      ['2026-11-02', 1],
    ]);
    expect(decodeRecord(checkInMonthRecord, encodeRecord(checkInMonthRecord, month))).toEqual(month);
    expect(() => encodeRecord(checkInMonthRecord, { days: [{ ...checkIn('2026-11-01'), urge: 6 }] })).toThrow();
    expect(() => encodeRecord(checkInMonthRecord, { days: [{ ...checkIn('2026-11-01'), skills: [{ skillId: 'stop', score: 8 }] }] })).toThrow();
    expect(() => encodeRecord(checkInMonthRecord, { days: [{ ...checkIn('2026-11-01'), emotions: [{ name: 'Sad', value: -1 }] }] })).toThrow();
    expect(() => encodeRecord(checkInMonthRecord, { days: [checkIn('2026-13-01')] })).toThrow();
  });
});

describe('progress', () => {
  const today = at('2026-11-22');

  it('counts free days in the last 30 and 90, only from the first record, with days without entries free', () => {
    const p = computeProgress([checkIn('2026-11-13'), checkIn('2026-11-20', true)], [], today);
    expect(p.knownDaysLast30).toBe(10);
    expect(p.freeDaysLast30).toBe(9);
    expect(p.freeDaysLast90).toBe(9);
    // Whole days 13–19, before the slip on the 20th; today (the 22nd) is not over yet.
    expect(p.longestFreeStretch).toBe(7);
  });

  it('windows end today and reach back 30 and 90 days', () => {
    const p = computeProgress([checkIn('2026-01-01'), checkIn('2026-10-01', true), checkIn('2026-11-01', true)], [], today);
    expect(p.knownDaysLast30).toBe(30);
    expect(p.freeDaysLast30).toBe(29);
    expect(p.knownDaysLast90).toBe(90);
    expect(p.freeDaysLast90).toBe(88);
  });

  it('an episode ridden out counts; one that ended in a slip marks its day', () => {
    const eased = episode('2026-11-20', 'eased');
    const slipped = episode('2026-11-21', 'slipped');
    const cameDown = { ...newEpisode('x', at('2026-11-19')), ratings: [{ at: 0, value: 7 }, { at: 1, value: 3 }] };
    expect([eased, slipped, cameDown].map(riddenOut)).toEqual([true, false, true]);
    const p = computeProgress([], [eased, slipped, cameDown], today);
    expect(p.urgesRiddenOut).toBe(2);
    expect(p.freeDaysLast30).toBe(3);
  });

  it('a slip today never lowers a cumulative count, and lowers a window by at most one day (property)', () => {
    const dayArb = fc.integer({ min: 0, max: 200 }).map((n) => addDays('2026-05-06', n));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(dayArb, fc.boolean()), { maxLength: 40 }),
        fc.array(fc.tuple(dayArb, fc.constantFrom<Episode['outcome']>('eased', 'slipped', 'stopped', null)), { maxLength: 20 }),
        (cards, eps) => {
          const checkIns = [...new Map(cards.map(([d, acted]) => [d, checkIn(d, acted)])).values()];
          const episodes = eps.map(([d, o], i) => ({ ...episode(d, o), id: `e${i}` }));
          const before = computeProgress(checkIns, episodes, today);
          const withSlip = computeProgress(checkIns, [...episodes, episode('2026-11-22', 'slipped')], today);
          expect(withSlip.urgesRiddenOut).toBe(before.urgesRiddenOut);
          expect(withSlip.skillsPractised).toBeGreaterThanOrEqual(before.skillsPractised);
          expect(withSlip.checkInsDone).toBe(before.checkInsDone);
          expect(withSlip.longestFreeStretch).toBeGreaterThanOrEqual(before.longestFreeStretch);
          expect(withSlip.freeDaysLast30).toBeGreaterThanOrEqual(before.freeDaysLast30 - 1);
          expect(withSlip.freeDaysLast90).toBeGreaterThanOrEqual(before.freeDaysLast90 - 1);
        },
      ),
    );
  });

  it('shows the trend of urges ridden out: the last 30 days against the 30 before', () => {
    const p = computeProgress([], [episode('2026-11-20', 'eased'), episode('2026-10-24', 'eased'), episode('2026-10-23', 'eased'), episode('2026-09-01', 'eased')], today);
    expect([p.urgesRiddenOutLast30, p.urgesRiddenOutPrevious30, p.urgesRiddenOut]).toEqual([2, 1, 4]);
  });

  it('with nothing recorded yet, shows nothing rather than zero days', () => {
    expect(computeProgress([], [], today)).toMatchObject({ knownDaysLast30: 0, freeDaysLast30: 0, longestFreeStretch: 0 });
  });
});

describe('goals', () => {
  it('count steps done, and are done when every step is', async () => {
    const { goalDone, goalRecord, stepsDone } = await import('./goal-record.ts');
    const goal = { title: 'Sleep better', due: '2026-12-31', createdAt: 1, steps: [{ text: 'Phone out of the bedroom', due: null, doneAt: 5 }, { text: 'Bed by 11', due: '2026-12-01', doneAt: null }] };
    expect(stepsDone(goal)).toBe(1);
    expect(goalDone(goal)).toBe(false);
    expect(goalDone({ ...goal, steps: goal.steps.map((s) => ({ ...s, doneAt: 9 })) })).toBe(true);
    expect(goalDone({ ...goal, steps: [] })).toBe(false);
    expect(decodeRecord(goalRecord, encodeRecord(goalRecord, goal))).toEqual(goal);
    expect(() => encodeRecord(goalRecord, { ...goal, due: '31/12/2026' })).toThrow();
  });
});
