// Days in local time, the diary card record, and progress that a slip never wipes out.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { decodeRecord, encodeRecord } from '../records/define-record.ts';
import { newEpisode, type Episode } from '../urge/episode-record.ts';
import { checkInMonthRecord, emptyCheckIn, withCheckIn, type CheckIn } from './checkin-record.ts';
import { addDays, dayOf, isDay } from './day.ts';
import { defaultDiaryPrefs, diaryPrefsRecord } from './diary-prefs-record.ts';
import { computeProgress, recordedDays, riddenOut } from './progress.ts';

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

  it('opens a card written by the released version 1 (before the thoughts-of-suicide row) as unanswered', () => {
    // Exactly what version 1 stored: no suicidalThoughts field.
    const v1 = {
      v: 1,
      data: {
        days: [
          {
            day: '2026-11-01',
            urge: 3,
            acted: false,
            emotions: [{ name: 'Sadness', value: 2 }],
            skills: [{ skillId: 'paced-breathing', score: 5 }],
            selfCare: { sleepHours: 7.5, ateRegularly: true, moved: null, connected: false, medication: null, therapy: null },
            note: 'a quiet day',
            savedAt: 1793534400000,
          },
        ],
      },
    };
    const month = decodeRecord(checkInMonthRecord, v1);
    expect(month.days[0]).toEqual({ ...v1.data.days[0], suicidalThoughts: null });
    expect(encodeRecord(checkInMonthRecord, month).v).toBe(2);
  });

  it('keeps thoughts of suicide 0–5, and refuses anything else', () => {
    const month = { days: [{ ...checkIn('2026-11-01'), suicidalThoughts: 5 }] };
    expect(decodeRecord(checkInMonthRecord, encodeRecord(checkInMonthRecord, month))).toEqual(month);
    expect(() => encodeRecord(checkInMonthRecord, { days: [{ ...checkIn('2026-11-01'), suicidalThoughts: 6 }] })).toThrow();
  });

  it('opens a set-up written by the released version 1 with the thoughts-of-suicide row off', () => {
    const v1 = { v: 1, data: { emotions: ['Sadness', 'Shame'], trackMedication: true, trackTherapy: false } };
    expect(decodeRecord(diaryPrefsRecord, v1)).toEqual({ ...v1.data, trackSuicidalThoughts: false });
    expect(defaultDiaryPrefs().trackSuicidalThoughts).toBe(false);
  });
});

describe('progress', () => {
  const today = at('2026-11-22');

  it('counts only recorded days: a day with no record is "not recorded", never a day without self-harm', () => {
    const p = computeProgress([checkIn('2026-11-13'), checkIn('2026-11-15'), checkIn('2026-11-20', true)], [], today);
    // Known since the 13th: ten days, three recorded, one of them with self-harm.
    expect([p.recordedDaysLast30, p.freeDaysLast30, p.notRecordedLast30]).toEqual([3, 2, 7]);
    expect([p.recordedDaysLast90, p.freeDaysLast90, p.notRecordedLast90]).toEqual([3, 2, 7]);
    expect(p.recordedDays).toBe(3);
    // The 13th and the 15th are not in a row: the 14th was not recorded.
    expect(p.longestFreeStretch).toBe(1);
  });

  it('a run of recorded days without self-harm is the longest stretch, kept after a slip', () => {
    const days = ['2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14'];
    const p = computeProgress([...days.map((d) => checkIn(d)), checkIn('2026-11-15', true)], [], today);
    expect(p.longestFreeStretch).toBe(5);
    // Today is not over, so today's card never lengthens or shortens the stretch.
    expect(computeProgress([...days.map((d) => checkIn(d)), checkIn('2026-11-15', true), checkIn('2026-11-22', true)], [], today).longestFreeStretch).toBe(5);
  });

  it('windows end today and reach back 30 and 90 days', () => {
    const cards = [checkIn('2026-01-01'), checkIn('2026-10-01', true), checkIn('2026-11-01', true), checkIn('2026-11-21'), checkIn('2026-11-22')];
    const p = computeProgress(cards, [], today);
    expect([p.recordedDaysLast30, p.freeDaysLast30, p.notRecordedLast30]).toEqual([3, 2, 27]);
    expect([p.recordedDaysLast90, p.freeDaysLast90, p.notRecordedLast90]).toEqual([4, 2, 86]);
  });

  it('an episode ridden out counts and records its day; one that ended in a slip marks its day', () => {
    const eased = episode('2026-11-20', 'eased');
    const slipped = episode('2026-11-21', 'slipped');
    const cameDown = {
      ...newEpisode('x', at('2026-11-19')),
      ratings: [
        { at: 0, value: 7 },
        { at: 1, value: 3 },
      ],
    };
    expect([eased, slipped, cameDown].map(riddenOut)).toEqual([true, false, true]);
    const p = computeProgress([], [eased, slipped, cameDown], today);
    expect(p.urgesRiddenOut).toBe(2);
    expect([p.recordedDaysLast30, p.freeDaysLast30, p.notRecordedLast30]).toEqual([3, 2, 1]);
  });

  it('the recorded days are the days of cards, episodes and slips, in the person’s own time zone', () => {
    const lateEpisode = { ...newEpisode('late', at('2026-11-20', 23)), endedAt: at('2026-11-20', 23) + 2 * 3_600_000 };
    expect([...recordedDays([checkIn('2026-11-18')], [lateEpisode])].sort()).toEqual(['2026-11-18', '2026-11-20', '2026-11-21']);
  });

  const dayArb = fc.integer({ min: 0, max: 200 }).map((n) => addDays('2026-05-06', n));
  const historyArb = fc.tuple(
    fc.array(fc.tuple(dayArb, fc.constantFrom<boolean | null>(true, false, null)), { maxLength: 40 }),
    fc.array(fc.tuple(dayArb, fc.constantFrom<Episode['outcome']>('eased', 'slipped', 'stopped', null)), { maxLength: 20 }),
  );
  const build = ([cards, eps]: [Array<[string, boolean | null]>, Array<[string, Episode['outcome']]>]) => ({
    checkIns: [...new Map(cards.map(([d, acted]) => [d, checkIn(d, acted)])).values()],
    episodes: eps.map(([d, o], i) => ({ ...episode(d, o), id: `e${i}` })),
  });

  it('a day with no record never counts as free, and the figures add up (property)', () => {
    fc.assert(
      fc.property(historyArb, dayArb, (history, empty) => {
        const { checkIns, episodes } = build(history);
        const recorded = recordedDays(checkIns, episodes);
        const p = computeProgress(checkIns, episodes, today);
        expect(p.freeDaysLast30).toBeLessThanOrEqual(p.recordedDaysLast30);
        expect(p.freeDaysLast90).toBeLessThanOrEqual(p.recordedDaysLast90);
        expect(p.recordedDaysLast90 + p.notRecordedLast90).toBeLessThanOrEqual(90);
        expect(p.longestFreeStretch).toBeLessThanOrEqual(p.recordedDays);
        // Taking away every record of one day never adds a free day anywhere.
        const without = computeProgress(
          checkIns.filter((c) => c.day !== empty),
          episodes.filter((e) => dayOf(e.startedAt) !== empty && dayOf(e.endedAt ?? e.startedAt) !== empty),
          today,
        );
        expect(without.freeDaysLast90).toBeLessThanOrEqual(p.freeDaysLast90);
        expect(without.recordedDays).toBe(p.recordedDays - (recorded.has(empty) ? 1 : 0));
      }),
    );
  });

  it('when every recorded day had self-harm, no day counts as free (property)', () => {
    fc.assert(
      fc.property(fc.array(dayArb, { maxLength: 10 }), (slipDaysOnly) => {
        const p = computeProgress(
          slipDaysOnly.map((d) => checkIn(d, true)),
          [],
          today,
        );
        expect(p.freeDaysLast90).toBe(0);
        expect(p.longestFreeStretch).toBe(0);
      }),
    );
  });

  it('noting a slip never lowers a cumulative count, takes at most one free day, and keeps the longest stretch (property)', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 23 }), (history, hour) => {
        const { checkIns, episodes } = build(history);
        const before = computeProgress(checkIns, episodes, today);
        const withSlip = computeProgress(
          checkIns,
          [...episodes, { ...episode('2026-11-22', 'slipped'), startedAt: at('2026-11-22', hour), endedAt: at('2026-11-22', hour) }],
          today,
        );
        expect(withSlip.urgesRiddenOut).toBe(before.urgesRiddenOut);
        expect(withSlip.skillsPractised).toBeGreaterThanOrEqual(before.skillsPractised);
        expect(withSlip.checkInsDone).toBe(before.checkInsDone);
        expect(withSlip.recordedDays).toBeGreaterThanOrEqual(before.recordedDays);
        expect(withSlip.recordedDaysLast30).toBeGreaterThanOrEqual(before.recordedDaysLast30);
        expect(withSlip.longestFreeStretch).toBe(before.longestFreeStretch);
        expect(withSlip.freeDaysLast30).toBeGreaterThanOrEqual(before.freeDaysLast30 - 1);
        expect(withSlip.freeDaysLast90).toBeGreaterThanOrEqual(before.freeDaysLast90 - 1);
      }),
    );
  });

  it('shows the trend of urges ridden out: the last 30 days against the 30 before', () => {
    const p = computeProgress(
      [],
      [episode('2026-11-20', 'eased'), episode('2026-10-24', 'eased'), episode('2026-10-23', 'eased'), episode('2026-09-01', 'eased')],
      today,
    );
    expect([p.urgesRiddenOutLast30, p.urgesRiddenOutPrevious30, p.urgesRiddenOut]).toEqual([2, 1, 4]);
  });

  it('with nothing recorded yet, shows nothing rather than zero days', () => {
    expect(computeProgress([], [], today)).toMatchObject({ recordedDaysLast30: 0, notRecordedLast30: 0, freeDaysLast30: 0, longestFreeStretch: 0 });
  });
});

describe('goals', () => {
  it('count steps done, and are done when every step is', async () => {
    const { goalDone, goalRecord, stepsDone } = await import('./goal-record.ts');
    const goal = {
      title: 'Sleep better',
      due: '2026-12-31',
      createdAt: 1,
      steps: [
        { text: 'Phone out of the bedroom', due: null, doneAt: 5 },
        { text: 'Bed by 11', due: '2026-12-01', doneAt: null },
      ],
    };
    expect(stepsDone(goal)).toBe(1);
    expect(goalDone(goal)).toBe(false);
    expect(goalDone({ ...goal, steps: goal.steps.map((s) => ({ ...s, doneAt: 9 })) })).toBe(true);
    expect(goalDone({ ...goal, steps: [] })).toBe(false);
    expect(decodeRecord(goalRecord, encodeRecord(goalRecord, goal))).toEqual(goal);
    expect(() => encodeRecord(goalRecord, { ...goal, due: '31/12/2026' })).toThrow();
  });
});
