// The clinician summary's model: known records → known days (a day with no record is "not recorded", never
// zero), only the parts the person chose, and calendar days in the person's own time zone, DST included.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { buildSummary, defaultSummaryChoices, reflectionsIn, type SummaryChoices } from './summary.ts';
import { periodDays, periodFirst, periodLast, weekEndingOn } from './summary-period.ts';
import { at, card, episode, knownWeek } from './summary-fixture.test-support.ts';
import type { CheckIn } from '../diary/checkin-record.ts';
import { recordedDays, slipDays } from '../diary/progress.ts';
import { episodeOutcomes } from '../urge/episode-record.ts';

const week = { kind: 'week', first: '2026-11-02' } as const;
const everything: SummaryChoices = {
  ...defaultSummaryChoices,
  card: { ...defaultSummaryChoices.card, suicidalThoughts: true, note: true },
  reflections: ['e2', 'e3'],
};

beforeEach(() => vi.stubEnv('TZ', 'Europe/Berlin'));
afterEach(() => vi.unstubAllEnvs());

describe('the period', () => {
  it('is seven days from a week’s first, or the whole calendar month of any of its days', () => {
    expect(periodDays(week)).toEqual(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08']);
    expect(periodDays({ kind: 'month', first: '2028-02-17' })).toHaveLength(29);
    expect(periodFirst({ kind: 'month', first: '2026-12-31' })).toBe('2026-12-01');
    expect(periodLast({ kind: 'month', first: '2026-12-31' })).toBe('2026-12-31');
    expect(periodLast({ kind: 'week', first: '2026-12-29' })).toBe('2027-01-04');
  });

  it('ends on the chosen day for a week, like the diary’s week table', () => {
    expect(weekEndingOn('2026-11-08')).toEqual(week);
  });

  it.each(['Europe/Berlin', 'Asia/Kolkata', 'Asia/Tokyo', 'America/Sao_Paulo'])('has seven distinct days across a change of clocks in %s', (zone) => {
    vi.stubEnv('TZ', zone);
    // Berlin's clocks change on 29 March and 25 October 2026; São Paulo's last change was at midnight on 4 November 2018.
    for (const first of ['2026-03-26', '2026-10-22', '2018-11-01']) {
      const days = periodDays({ kind: 'week', first });
      expect(new Set(days).size).toBe(7);
      expect(days[6]).toBe(periodLast({ kind: 'week', first }));
    }
    expect(periodDays({ kind: 'month', first: '2026-03-29' })).toHaveLength(31);
  });
});

describe('buildSummary', () => {
  it('has every day of the week, saying which were not recorded', () => {
    const summary = buildSummary(knownWeek(), week, everything);
    expect(summary.from).toBe('2026-11-02');
    expect(summary.to).toBe('2026-11-08');
    expect(summary.days.map((d) => [d.day, d.recorded, d.card !== null, d.selfHarm, d.episodes])).toEqual([
      ['2026-11-02', true, true, false, 0],
      ['2026-11-03', true, false, null, 1],
      ['2026-11-04', true, true, null, 0],
      ['2026-11-05', true, false, true, 1],
      ['2026-11-06', false, false, null, 0],
      ['2026-11-07', false, false, null, 0],
      ['2026-11-08', false, false, null, 0],
    ]);
    expect(summary.days[5]?.recordedAt).toBeNull();
    expect(summary.days[1]?.recordedAt).toBe(at(2026, 11, 3, 21, 40));
  });

  it('keeps the card’s answers, emotion rows in the person’s order and skills by name', () => {
    const summary = buildSummary(knownWeek(), week, everything);
    expect(summary.rows).toEqual({
      urge: true,
      selfHarm: true,
      suicidalThoughts: true,
      emotions: ['Sad', 'Shame', 'Angry', 'Calm'],
      skills: [
        { id: 'tip', name: 'TIP' },
        { id: 'own-1', name: 'Walk the dog' },
      ],
      selfCare: true,
      note: true,
    });
    const first = summary.days[0]?.card;
    expect(first?.urge).toBe(3);
    expect(first?.suicidalThoughts).toBe(2);
    expect([...(first?.emotions ?? [])]).toEqual([
      ['Sad', 4],
      ['Angry', 1],
    ]);
    expect(first?.skills.get('own-1')).toBe(2);
    expect(first?.selfCare?.sleepHours).toBe(6.5);
    expect(first?.note).toBe('=SUM(A1) a hard day, "ok" in the end');
  });

  it('lists the week’s episodes with the urge before and after, the ticked reflections in it, and the current plan’s version', () => {
    const summary = buildSummary(knownWeek(), week, everything);
    expect(summary.episodes?.map((e) => [e.id, e.day, e.urgeAtStart, e.urgeAtEnd, e.outcome])).toEqual([
      ['e1', '2026-11-03', 7, 3, 'eased'],
      ['e2', '2026-11-05', null, null, 'slipped'],
    ]);
    expect(summary.episodes?.[0]?.skills).toEqual([{ skillId: 'tip', name: 'TIP', before: 7, after: 4 }]);
    // e3's reflection is ticked but its slip is after the week.
    expect(summary.reflections.map((r) => [r.slipId, r.day, r.promptingEvent])).toEqual([['e2', '2026-11-05', 'a message from school']]);
    expect(summary.plan).toEqual({ version: 3, savedAt: at(2026, 10, 1), changedAt: at(2026, 10, 2), reason: 'with my therapist' });
  });

  it('leaves out what the person leaves out: the thoughts-of-suicide row, the note and every reflection by default', () => {
    const summary = buildSummary(knownWeek(), week, defaultSummaryChoices);
    expect(summary.rows.suicidalThoughts).toBe(false);
    expect(summary.rows.note).toBe(false);
    expect(summary.days[0]?.card?.suicidalThoughts).toBeNull();
    expect(summary.days[0]?.card?.note).toBe('');
    expect(summary.reflections).toEqual([]);
    const none = buildSummary(knownWeek(), week, {
      card: { urge: false, emotions: false, selfHarm: false, skills: false, selfCare: false, suicidalThoughts: false, note: false },
      episodes: false,
      reflections: [],
      plan: false,
    });
    expect(none.rows).toEqual({ urge: false, selfHarm: false, suicidalThoughts: false, emotions: null, skills: null, selfCare: false, note: false });
    expect(none.days[0]?.card).toEqual({
      savedAt: expect.any(Number),
      urge: null,
      suicidalThoughts: null,
      emotions: new Map(),
      skills: new Map(),
      selfCare: null,
      note: '',
    });
    expect(none.episodes).toBeNull();
    expect(none.plan).toBeNull();
  });

  it('says nothing about self-harm when that row is left out: no slip notes, no episode ending in a slip', () => {
    const source = knownWeek();
    source.episodes = [
      ...source.episodes,
      episode('e4', at(2026, 11, 6, 18), { endedAt: at(2026, 11, 6, 18, 20), ratings: [{ at: at(2026, 11, 6, 18), value: 8 }], outcome: 'slipped' }),
    ];
    const summary = buildSummary(source, week, { ...defaultSummaryChoices, card: { ...defaultSummaryChoices.card, selfHarm: false } });
    expect(summary.episodes?.map((e) => [e.id, e.outcome])).toEqual([
      ['e1', 'eased'],
      ['e4', null],
    ]);
    // The day with only a slip note is not recorded, as if the note were not there.
    expect(summary.days[3]).toMatchObject({ day: '2026-11-05', recorded: false, selfHarm: null, episodes: 0 });
  });

  it('counts a slip noted on a day whose card says no as self-harm that day', () => {
    const source = knownWeek();
    source.checkIns = [card('2026-11-05', { acted: false })];
    expect(buildSummary(source, week, defaultSummaryChoices).days[3]?.selfHarm).toBe(true);
  });

  it.each([
    ['Europe/Berlin', '2026-11-03'],
    ['Asia/Kolkata', '2026-11-04'],
    ['Asia/Tokyo', '2026-11-04'],
    ['America/Sao_Paulo', '2026-11-03'],
  ])('puts an episode on the day the person lived it in %s', (zone, day) => {
    vi.stubEnv('TZ', zone);
    const source = { ...knownWeek(), checkIns: [], reflections: [], episodes: [episode('late', Date.UTC(2026, 10, 3, 20, 30), { outcome: 'eased' })] };
    const summary = buildSummary(source, week, defaultSummaryChoices);
    expect(summary.episodes?.map((e) => e.day)).toEqual([day]);
    expect(summary.days.filter((d) => d.recorded).map((d) => d.day)).toEqual([day]);
  });

  it('offers to tick the reflections on the period’s slips, oldest first', () => {
    expect(reflectionsIn(knownWeek().reflections, week).map((r) => r.slipId)).toEqual(['e2']);
    expect(reflectionsIn(knownWeek().reflections, { kind: 'month', first: '2026-11-01' }).map((r) => r.slipId)).toEqual(['e2', 'e3']);
  });
});

const days = fc.integer({ min: 1, max: 28 }).map((d) => `2027-02-${String(d).padStart(2, '0')}`);
const cards = fc.uniqueArray(
  fc.record({
    day: days,
    urge: fc.option(fc.integer({ min: 0, max: 5 })),
    acted: fc.option(fc.boolean()),
    suicidalThoughts: fc.option(fc.integer({ min: 0, max: 5 })),
    note: fc.string(),
  }),
  { selector: (c) => c.day, maxLength: 28 },
);
const choices = fc.record({
  urge: fc.boolean(),
  emotions: fc.boolean(),
  selfHarm: fc.boolean(),
  skills: fc.boolean(),
  selfCare: fc.boolean(),
  suicidalThoughts: fc.boolean(),
  note: fc.boolean(),
});

describe('buildSummary on generated months', () => {
  it('has one entry per day, a card exactly where one was left, and no answer from a row left out', () => {
    fc.assert(
      fc.property(cards, choices, (generated, chosen) => {
        const checkIns: CheckIn[] = generated.map((g) => card(g.day, g));
        const summary = buildSummary(
          { ...knownWeek(), checkIns, episodes: [], reflections: [] },
          { kind: 'month', first: '2027-02-01' },
          { ...defaultSummaryChoices, card: chosen },
        );
        expect(summary.days.map((d) => d.day)).toEqual(periodDays({ kind: 'month', first: '2027-02-01' }));
        for (const d of summary.days) {
          const given = checkIns.find((c) => c.day === d.day);
          expect(d.recorded).toBe(given !== undefined);
          expect(d.card === null).toBe(given === undefined);
          if (!given || !d.card) continue;
          expect(d.card.urge).toBe(chosen.urge ? given.urge : null);
          expect(d.selfHarm).toBe(chosen.selfHarm ? given.acted : null);
          expect(d.card.suicidalThoughts).toBe(chosen.suicidalThoughts ? given.suicidalThoughts : null);
          expect(d.card.note).toBe(chosen.note ? given.note : '');
        }
      }),
    );
  });
});

describe('buildSummary with years of episodes', () => {
  it.each(['Asia/Tokyo', 'America/Sao_Paulo'])('records and slips the same days as Progress does, in %s', (zone) => {
    vi.stubEnv('TZ', zone);
    const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) });
    const generated = fc.array(
      fc.record({ start: instant, length: fc.option(fc.integer({ min: 0, max: 36 * 3600_000 })), outcome: fc.option(fc.constantFrom(...episodeOutcomes)) }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(generated, fc.integer({ min: 0, max: 11 }), (list, m) => {
        const episodes = list.map((g, i) => episode(`e${i}`, g.start, { endedAt: g.length === null ? null : g.start + g.length, outcome: g.outcome }));
        const period = { kind: 'month', first: `2026-${String(m + 1).padStart(2, '0')}-01` } as const;
        const summary = buildSummary({ ...knownWeek(), checkIns: [], episodes }, period, defaultSummaryChoices);
        const inPeriod = (days: Set<string>) => [...days].filter((d) => d >= summary.from && d <= summary.to).sort();
        expect(summary.days.filter((d) => d.recorded).map((d) => d.day)).toEqual(inPeriod(recordedDays([], episodes)));
        expect(summary.days.filter((d) => d.selfHarm).map((d) => d.day)).toEqual(inPeriod(slipDays([], episodes)));
      }),
      { numRuns: 60 },
    );
  });

  it('counts an episode that started the evening before the week and ended in it on both days', () => {
    const source = {
      ...knownWeek(),
      checkIns: [],
      episodes: [episode('night', at(2026, 11, 1, 23, 50), { endedAt: at(2026, 11, 2, 0, 10), outcome: 'eased' })],
    };
    const summary = buildSummary(source, week, defaultSummaryChoices);
    expect(summary.days[0]).toMatchObject({ day: '2026-11-02', recorded: true, episodes: 0 });
    expect(summary.episodes).toEqual([]);
  });
});
