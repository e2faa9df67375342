// Patterns: known records give known sentences and numbers; counts stay within the records whatever their
// order; urges land in the person's own hour and weekday in zones with and without daylight saving; too few
// records are said honestly.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { feelings, type Feeling } from '@ebb/content';
import { emptyCheckIn, type CheckIn } from '../diary/checkin-record.ts';
import { emptyReflection } from '../diary/reflection-record.ts';
import { newEpisode, type Episode } from '../urge/episode-record.ts';
import { partOfDay } from './part-of-day.ts';
import { dayNumber, periodFirstDay } from './period.ts';
import { localClock, localDay, localHour, weekdayOf } from './local-clock.ts';
import { dayOf } from '../diary/day.ts';
import { computePatterns, type PatternInput } from './patterns.ts';
import { triggerKey } from './trigger-key.ts';

afterEach(() => vi.unstubAllEnvs());

/** A moment on the local clock (whatever TZ is in force when it is called). */
const local = (day: string, hour: number, minute = 0) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, minute).getTime();
};

let ids = 0;
function urge(day: string, hour: number, extra: Partial<Episode> = {}): Episode {
  const startedAt = local(day, hour);
  return { ...newEpisode(`e${ids++}`, startedAt), endedAt: startedAt + 600_000, outcome: 'eased', ...extra };
}

function card(day: string, change: Partial<CheckIn> & { care?: Partial<CheckIn['selfCare']> } = {}): CheckIn {
  const base = emptyCheckIn(day, local(day, 21));
  const { care, ...rest } = change;
  return { ...base, ...rest, selfCare: { ...base.selfCare, ...care } };
}

const input = (part: Partial<PatternInput>): PatternInput => ({ checkIns: [], episodes: [], reflections: [], ...part });

describe('periods', () => {
  it('end today and step by the calendar', () => {
    expect(periodFirstDay('4-weeks', '2026-11-30')).toBe('2026-11-03');
    expect(periodFirstDay('3-months', '2026-11-30')).toBe('2026-08-31');
    expect(periodFirstDay('year', '2026-11-30')).toBe('2025-12-01');
    expect(periodFirstDay('year', '2024-02-29')).toBe('2023-03-02');
    expect(periodFirstDay('all', '2026-11-30')).toBeNull();
  });

  it('leave out what came before the period', () => {
    vi.stubEnv('TZ', 'Europe/Berlin');
    const now = local('2026-11-30', 10);
    const p = computePatterns(input({ episodes: [urge('2026-11-02', 20), urge('2026-11-03', 0), urge('2026-11-30', 9)] }), '4-weeks', now);
    expect(p.urges).toBe(2);
    expect(p.firstDay).toBe('2026-11-03');
    expect(p.lastDay).toBe('2026-11-30');
  });
});

describe('known records', () => {
  vi.stubEnv('TZ', 'Europe/Berlin');
  const now = local('2026-11-30', 12);
  const episodes = [
    urge('2026-11-10', 19, {
      trigger: 'Work',
      feelings: ['sadness'],
      ratings: [
        { at: 0, value: 6 },
        { at: 1, value: 8 },
      ],
    }),
    urge('2026-11-11', 20, { trigger: ' work  ', feelings: ['sadness', 'anger'], ratings: [{ at: 0, value: 4 }] }),
    urge('2026-11-12', 21, { trigger: 'a row', feelings: ['sadness'], ratings: [{ at: 0, value: 6 }], outcome: 'slipped' }),
    urge('2026-11-13', 9, { trigger: 'WORK', feelings: ['anxiety'], skills: [{ skillId: 'paced-breathing', startedAt: 0, before: 7, after: 4 }] }),
    urge('2026-11-14', 22, {
      skills: [
        { skillId: 'paced-breathing', startedAt: 0, before: 6, after: 4 },
        { skillId: 'grounding', startedAt: 0, before: 5, after: 5 },
      ],
    }),
    urge('2026-11-15', 23, {
      skills: [
        { skillId: 'paced-breathing', startedAt: 0, before: 8, after: 5 },
        { skillId: 'grounding', startedAt: 0, before: null, after: 2 },
      ],
    }),
  ];
  const p = computePatterns(input({ episodes }), '4-weeks', now);

  it('counts triggers by their words, however they were typed, before urges and slips', () => {
    expect(p.triggers.items).toEqual([
      { text: 'Work', urges: 3, slips: 0 },
      { text: 'a row', urges: 0, slips: 1 },
    ]);
    expect(p.triggers.sentences).toEqual([{ key: 'topTrigger', trigger: 'Work', count: 3, total: 4 }]);
    expect(triggerKey('  Work \t Late ')).toBe('work late');
  });

  it('counts the feelings named and how strong those urges were at their strongest', () => {
    expect(p.feelings.items[0]).toEqual({ feeling: 'sadness', urges: 3, rated: 3, averageStrength: round1((8 + 4 + 6) / 3) });
    expect(p.feelings.sentences).toEqual([
      { key: 'topFeeling', feeling: 'sadness', count: 3, total: 4 },
      { key: 'feelingStrength', feeling: 'sadness', strength: 6, rated: 3 },
    ]);
  });

  it('says when urges came', () => {
    expect(p.times.byPart).toEqual({ night: 0, morning: 1, afternoon: 0, evening: 5 });
    expect(p.times.sentences[0]).toEqual({ key: 'topPart', part: 'evening', count: 5, total: 6 });
    // 10–15 November 2026 run Tuesday to Sunday: one each, so no day stands out.
    expect(p.times.byWeekday).toEqual([1, 0, 1, 1, 1, 1, 1]);
    expect(p.times.sentences[1]).toEqual({ key: 'weekdaysSpread' });
  });

  it('gives each skill its before and after with the number of times, by how often it was used', () => {
    expect(p.skills.items).toEqual([
      { skillId: 'paced-breathing', times: 3, averageBefore: 7, averageAfter: 4.3, tooFewToTell: false },
      { skillId: 'grounding', times: 1, averageBefore: 5, averageAfter: 5, tooFewToTell: true },
    ]);
    expect(p.skills.sentences).toEqual([{ key: 'skillMostUsed', skillId: 'paced-breathing', times: 3, before: 7, after: 4.3 }]);
  });

  it('counts urges by week, and compares the two halves of the period', () => {
    expect(p.trend.unit).toBe('week');
    expect(p.trend.buckets.map((b) => b.urges)).toEqual([0, 6, 0, 0]);
    expect(p.trend.buckets.map((b) => b.first)).toEqual(['2026-11-03', '2026-11-10', '2026-11-17', '2026-11-24']);
    expect(p.trend.sentences).toEqual([{ key: 'trendFewer', recent: 0, earlier: 6 }]);
  });
});

const round1 = (n: number) => Math.round(n * 10) / 10;

describe('a look back after a slip', () => {
  it('adds what set it off to that slip, once', () => {
    vi.stubEnv('TZ', 'Asia/Kolkata');
    const now = local('2026-11-30', 12);
    const slip = urge('2026-11-20', 22, { trigger: 'Exams', outcome: 'slipped' });
    const other = urge('2026-11-21', 22, { outcome: 'slipped' });
    const reflections = [
      { ...emptyReflection(slip.id, slip.startedAt), promptingEvent: 'exams' },
      { ...emptyReflection(other.id, other.startedAt), promptingEvent: 'Exams' },
      { ...emptyReflection('elsewhere', local('2026-11-22', 9)), promptingEvent: 'a message' },
    ];
    const p = computePatterns(input({ episodes: [slip, other], reflections }), '4-weeks', now);
    expect(p.triggers.items).toEqual([
      { text: 'Exams', urges: 0, slips: 2 },
      { text: 'a message', urges: 0, slips: 1 },
    ]);
    expect(p.triggers.sentences).toEqual([{ key: 'topTrigger', trigger: 'Exams', count: 2, total: 3 }]);
  });
});

describe('self-care against urges', () => {
  it('compares the days after each answer, counting only recorded next days', () => {
    vi.stubEnv('TZ', 'America/Sao_Paulo');
    const now = local('2026-11-30', 12);
    const checkIns: CheckIn[] = [];
    // Moved on 1–4 November, not on 5–8; urges (a check-in urge above 0) on 6–9 November, each day after one without moving.
    for (let d = 1; d <= 9; d++) {
      const day = `2026-11-0${d}`;
      checkIns.push(card(day, { urge: d >= 6 ? 3 : 0, care: { moved: d <= 4, sleepHours: d <= 4 ? 8 : 5 } }));
    }
    const p = computePatterns(input({ checkIns }), '3-months', now);
    const moved = p.selfCare.rows.find((r) => r.item === 'moved');
    expect(moved).toEqual({ item: 'moved', done: { days: 4, withUrge: 0 }, notDone: { days: 4, withUrge: 4 }, tooFewToTell: false });
    expect(p.selfCare.rows.find((r) => r.item === 'ate')?.tooFewToTell).toBe(true);
    expect(p.selfCare.sentences[0]).toMatchObject({ key: 'selfCare', doneDays: 4, doneWithUrge: 0, notDoneDays: 4, notDoneWithUrge: 4 });
    expect(p.trend.sentences).toContainEqual({ key: 'checkInUrge', average: round1(12 / 9), count: 9 });
  });

  it('never counts a day that was not recorded', () => {
    vi.stubEnv('TZ', 'Asia/Tokyo');
    const now = local('2026-11-30', 12);
    const checkIns = ['2026-11-01', '2026-11-03', '2026-11-05', '2026-11-07'].map((day) => card(day, { care: { connected: true } }));
    const p = computePatterns(input({ checkIns }), '4-weeks', now);
    expect(p.selfCare.rows.every((r) => r.done.days === 0 && r.notDone.days === 0)).toBe(true);
    expect(p.selfCare.enough).toBe(false);
  });
});

describe('too little to tell', () => {
  it('says "not enough yet" for every pattern when nothing is recorded', () => {
    const p = computePatterns(input({}), 'all', Date.now());
    for (const pattern of [p.triggers, p.feelings, p.times, p.selfCare, p.skills, p.trend]) {
      expect(pattern.enough).toBe(false);
      expect(pattern.sentences).toEqual([{ key: 'notEnough' }]);
    }
    expect(p.firstDay).toBe(p.lastDay);
  });

  it('marks a skill tried fewer than 3 times, and says nothing about skills until one has 3', () => {
    vi.stubEnv('TZ', 'Europe/Berlin');
    const now = local('2026-11-30', 12);
    const tried = (before: number, after: number) => ({ skills: [{ skillId: 'grounding', startedAt: 0, before, after }] });
    const two = computePatterns(input({ episodes: [urge('2026-11-20', 9, tried(8, 2)), urge('2026-11-21', 9, tried(9, 1))] }), '4-weeks', now);
    expect(two.skills.items[0]?.tooFewToTell).toBe(true);
    expect(two.skills.sentences).toEqual([{ key: 'notEnough' }]);
    expect(two.times.enough).toBe(false);
  });
});

describe('time zones and daylight saving', () => {
  // Days on which the clocks change in Berlin and (before 2019) São Paulo; Kolkata and Tokyo have no DST.
  const cases = [
    { zone: 'Europe/Berlin', day: '2026-03-29', weekday: 0 },
    { zone: 'Europe/Berlin', day: '2026-10-25', weekday: 0 },
    { zone: 'America/Sao_Paulo', day: '2018-11-04', weekday: 0 },
    { zone: 'America/Sao_Paulo', day: '2019-02-16', weekday: 6 },
    { zone: 'Asia/Kolkata', day: '2026-03-29', weekday: 0 },
    { zone: 'Asia/Tokyo', day: '2026-10-25', weekday: 0 },
  ];

  it.each(cases)('an urge at 23:30 in $zone on $day is in the evening, on its own weekday and day', ({ zone, day, weekday }) => {
    vi.stubEnv('TZ', zone);
    const at = local(day, 23, 30);
    expect(new Date(at).getHours()).toBe(23);
    const p = computePatterns(input({ episodes: [urge(day, 23, { startedAt: at })] }), '4-weeks', local(day, 23, 45));
    expect(p.urges).toBe(1);
    expect(p.times.byPart.evening).toBe(1);
    expect(p.times.byWeekday[weekday]).toBe(1);
    expect(p.lastDay).toBe(day);
    expect(p.trend.buckets.at(-1)?.urges).toBe(1);
  });

  it.each(['Europe/Berlin', 'Asia/Kolkata', 'Asia/Tokyo', 'America/Sao_Paulo'])('an urge at 00:30 in %s belongs to the new day, at night', (zone) => {
    vi.stubEnv('TZ', zone);
    const p = computePatterns(input({ episodes: [urge('2026-10-26', 0, { startedAt: local('2026-10-26', 0, 30) })] }), '4-weeks', local('2026-10-25', 23));
    expect(p.urges).toBe(0);
    const next = computePatterns(input({ episodes: [urge('2026-10-26', 0, { startedAt: local('2026-10-26', 0, 30) })] }), '4-weeks', local('2026-10-26', 1));
    expect(next.times.byPart.night).toBe(1);
  });

  it('defines the parts of the day once', () => {
    expect([0, 5, 6, 11, 12, 17, 18, 23].map(partOfDay)).toEqual(['night', 'night', 'morning', 'morning', 'afternoon', 'afternoon', 'evening', 'evening']);
  });
});

describe('properties', () => {
  const start = Date.UTC(2025, 0, 1);
  const now = Date.UTC(2026, 11, 1);
  const arbEpisode = fc.record({
    at: fc.integer({ min: start, max: now }),
    trigger: fc.constantFrom('', 'work', 'Work ', 'home', 'a text'),
    feelings: fc.uniqueArray(fc.constantFrom<Feeling>(...feelings), { maxLength: 3 }),
    rating: fc.option(fc.integer({ min: 0, max: 10 })),
    skills: fc.array(
      fc.record({
        skillId: fc.constantFrom('a', 'b', 'c'),
        before: fc.option(fc.integer({ min: 0, max: 10 })),
        after: fc.option(fc.integer({ min: 0, max: 10 })),
      }),
      { maxLength: 3 },
    ),
    slipped: fc.boolean(),
  });
  const arbCard = fc.record({
    offset: fc.integer({ min: 0, max: 700 }),
    urge: fc.option(fc.integer({ min: 0, max: 5 })),
    moved: fc.option(fc.boolean()),
    sleep: fc.option(fc.integer({ min: 0, max: 12 })),
  });
  type Drawn<A> = A extends fc.Arbitrary<infer T> ? T : never;
  const build = (es: readonly Drawn<typeof arbEpisode>[], cs: readonly Drawn<typeof arbCard>[]): PatternInput => {
    const episodes = es.map((e, i): Episode => ({
      ...newEpisode(`p${i}`, e.at),
      endedAt: e.at + 1000,
      trigger: e.trigger,
      feelings: e.feelings,
      ratings: e.rating === null ? [] : [{ at: e.at, value: e.rating }],
      skills: e.skills.map((s) => ({ ...s, startedAt: e.at })),
      outcome: e.slipped ? 'slipped' : 'eased',
    }));
    const seen = new Set<string>();
    const checkIns = cs.flatMap((c) => {
      const day = new Date(start + c.offset * 86_400_000).toISOString().slice(0, 10);
      if (seen.has(day)) return [];
      seen.add(day);
      return [card(day, { urge: c.urge, care: { moved: c.moved, sleepHours: c.sleep } })];
    });
    return { episodes, checkIns, reflections: [] };
  };
  const periods = fc.constantFrom('4-weeks' as const, '3-months' as const, 'year' as const, 'all' as const);

  it('never count more than there are episodes in the period, and add up', () => {
    vi.stubEnv('TZ', 'Europe/Berlin');
    fc.assert(
      fc.property(fc.array(arbEpisode, { maxLength: 40 }), fc.array(arbCard, { maxLength: 40 }), periods, (es, cs, period) => {
        const data = build(es, cs);
        const p = computePatterns(data, period, now);
        expect(p.urges).toBeLessThanOrEqual(data.episodes.length);
        expect(Object.values(p.times.byPart).reduce((a, b) => a + b, 0)).toBe(p.urges);
        expect(p.times.byWeekday.reduce((a, b) => a + b, 0)).toBe(p.urges);
        expect(p.trend.buckets.reduce((n, b) => n + b.urges, 0)).toBe(p.urges);
        expect(p.trend.buckets.reduce((n, b) => n + b.checkIns, 0)).toBe(p.checkIns);
        for (const t of p.triggers.items) expect(t.urges + t.slips).toBeLessThanOrEqual(p.urges);
        for (const f of p.feelings.items) {
          expect(f.urges).toBeLessThanOrEqual(p.urges);
          expect(f.rated).toBeLessThanOrEqual(f.urges);
        }
        for (const s of p.skills.items) expect(s.tooFewToTell).toBe(s.times < 3);
        for (const r of p.selfCare.rows) {
          expect(r.done.withUrge).toBeLessThanOrEqual(r.done.days);
          expect(r.notDone.withUrge).toBeLessThanOrEqual(r.notDone.days);
          expect(r.done.days + r.notDone.days).toBeLessThanOrEqual(p.checkIns);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('do not depend on the order of the records', () => {
    vi.stubEnv('TZ', 'Asia/Kolkata');
    fc.assert(
      fc.property(fc.array(arbEpisode, { maxLength: 30 }), fc.array(arbCard, { maxLength: 30 }), periods, fc.integer(), (es, cs, period, seed) => {
        const data = build(es, cs);
        const shuffle = <T>(list: readonly T[]) =>
          list
            .map((x, i) => ({ x, k: Math.sin(seed + i) }))
            .sort((a, b) => a.k - b.k)
            .map(({ x }) => x);
        const shuffled = { episodes: shuffle(data.episodes), checkIns: shuffle(data.checkIns), reflections: [] };
        expect(computePatterns(shuffled, period, now)).toEqual(computePatterns(data, period, now));
      }),
      { numRuns: 100 },
    );
  });
});

describe('the local clock', () => {
  it.each(['Europe/Berlin', 'Asia/Kolkata', 'Asia/Tokyo', 'America/Sao_Paulo'])(
    'agrees with the Date in %s, on days the clocks change too (property)',
    (zone) => {
      vi.stubEnv('TZ', zone);
      const from = Date.UTC(2017, 0, 1);
      const to = Date.UTC(2027, 0, 1);
      const local = localClock(Math.floor(from / 86_400_000) - 1, Math.floor(to / 86_400_000) + 1);
      fc.assert(
        fc.property(fc.integer({ min: from, max: to }), (at) => {
          const d = new Date(at);
          const ms = local(at);
          expect(localHour(ms)).toBe(d.getHours());
          expect(weekdayOf(localDay(ms))).toBe(d.getDay());
          expect(localDay(ms)).toBe(dayNumber(dayOf(at)));
        }),
        { numRuns: 2000 },
      );
    },
  );

  it.each([
    ['Europe/Berlin', '2026-03-29'],
    ['Europe/Berlin', '2026-10-25'],
    ['America/Sao_Paulo', '2018-11-04'],
    ['America/Sao_Paulo', '2019-02-17'],
  ])('agrees with the Date every 10 minutes around the change in %s on %s', (zone, day) => {
    vi.stubEnv('TZ', zone);
    const start = Date.parse(`${day}T00:00:00Z`) - 86_400_000;
    const local = localClock(Math.floor(start / 86_400_000), Math.floor(start / 86_400_000) + 3);
    for (let at = start; at < start + 3 * 86_400_000; at += 600_000) {
      const d = new Date(at);
      expect([localHour(local(at)), weekdayOf(localDay(local(at)))]).toEqual([d.getHours(), d.getDay()]);
    }
  });
});
