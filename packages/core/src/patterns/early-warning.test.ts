// The early-warning rule: known inputs, and properties (enough history, monotonic, order, steady and hard
// stretches, time zones and the day boundary).
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { emptyCheckIn, type CheckIn } from '../diary/checkin-record.ts';
import { addDays, type Day } from '../diary/day.ts';
import { newEpisode, type Episode } from '../urge/episode-record.ts';
import { earlyWarning, RECENT_DAYS, type EarlyWarningInput } from './early-warning.ts';

const TODAY = '2026-11-30';
const zones = ['Europe/Berlin', 'Asia/Kolkata', 'Asia/Tokyo', 'America/Sao_Paulo'] as const;
afterEach(() => vi.unstubAllEnvs());

/** A moment on a local day, in the zone the test runs in. */
const at = (day: Day, hour = 12, minute = 0) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, minute).getTime();
};
const card = (day: Day, urge: number | null, over: Partial<CheckIn> = {}): CheckIn => ({ ...emptyCheckIn(day, at(day, 21)), urge, ...over });
const urgeEpisode = (day: Day, hour = 15, minute = 0, n = 0): Episode => newEpisode(`e-${day}-${hour}-${minute}-${n}`, at(day, hour, minute));
const input = (over: Partial<EarlyWarningInput>): EarlyWarningInput => ({ checkIns: [], episodes: [], warningSigns: [], today: TODAY, ...over });
/** Days `from` to `to` days before today (from ≥ to), oldest first. */
const daysBack = (from: number, to: number, today = TODAY): Day[] => Array.from({ length: from - to + 1 }, (_, i) => addDays(today, i - from));

/** The first day of the recent window, and the eight usual weeks before it. */
const RECENT_FIRST = RECENT_DAYS - 1;
const USUAL_FIRST = RECENT_FIRST + 56;

/**
 * A history described by local days before today and local hours, so the same history can be made in any zone:
 * a card per described day (urge, note, felt emotions) and episodes at given hours.
 */
interface Described {
  cards: Array<{ back: number; urge: number | null; note?: string; feels?: string[] }>;
  episodes: Array<{ back: number; hour: number; minute: number }>;
}
const make = ({ cards, episodes }: Described, today = TODAY): Pick<EarlyWarningInput, 'checkIns' | 'episodes'> => ({
  checkIns: cards.map(({ back, urge, note = '', feels = [] }) =>
    card(addDays(today, -back), urge, { note, emotions: feels.map((name) => ({ name, value: 3 })) }),
  ),
  episodes: episodes.map(({ back, hour, minute }, n) => urgeEpisode(addDays(today, -back), hour, minute, n)),
});

/** Steady weeks: each day's urge within one step of the base, and each week's episodes within one of a count. */
const steadyWeeks = (first: number, last: number, base: number, perWeek: number, extraWeeks: readonly boolean[]): Described => {
  const cards = Array.from({ length: first - last + 1 }, (_, i) => first - i).map((back) => ({ back, urge: Math.min(5, base + (back % 2)) }));
  const episodes: Described['episodes'] = [];
  // Whole weeks counted back from `first`, as the rule counts them.
  for (let week = 0; (week + 1) * 7 <= first - last + 1; week++) {
    const count = perWeek + (extraWeeks[week % extraWeeks.length] ? 1 : 0);
    for (let n = 0; n < count; n++) episodes.push({ back: first - week * 7 - n * 2, hour: 10 + n, minute: 0 });
  }
  return { cards, episodes };
};

const steadyArb = fc.record({
  base: fc.integer({ min: 0, max: 3 }),
  perWeek: fc.integer({ min: 0, max: 3 }),
  extraWeeks: fc.array(fc.boolean(), { minLength: 1, maxLength: 10 }),
  offset: fc.integer({ min: 0, max: 3000 }),
});

/** Any history over the last twelve weeks: some days with a card (maybe unrated, maybe naming something), some episodes. */
const historyArb: fc.Arbitrary<Described> = fc.record({
  cards: fc.uniqueArray(
    fc.record({
      back: fc.integer({ min: 0, max: 84 }),
      urge: fc.option(fc.integer({ min: 0, max: 5 })),
      note: fc.constantFrom('', 'slept badly', 'a good walk'),
      feels: fc.subarray(['lonely', 'calm']),
    }),
    { selector: (c) => c.back, maxLength: 80 },
  ),
  episodes: fc.array(fc.record({ back: fc.integer({ min: 0, max: 84 }), hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) }), {
    maxLength: 60,
  }),
});

describe('the early-warning rule, on known inputs', () => {
  it('says nothing with no records, or with only the last few weeks', () => {
    expect(earlyWarning(input({}))).toBeNull();
    const recentOnly = make({ cards: daysBack(30, 0).map((_, i) => ({ back: 30 - i, urge: 5 })), episodes: [] });
    expect(earlyWarning(input(recentOnly))).toBeNull();
  });

  it('shows after a hard fortnight of check-in urges above the usual, not after one bad day', () => {
    const usual = Array.from({ length: 56 }, (_, i) => ({ back: USUAL_FIRST - i, urge: 1 }));
    const hard = Array.from({ length: RECENT_DAYS }, (_, i) => ({ back: RECENT_FIRST - i, urge: 3 }));
    expect(earlyWarning(input(make({ cards: [...usual, ...hard], episodes: [] })))).toBe('urges-above-usual');
    // One day at the top of the scale, the rest as usual.
    const oneBadDay = hard.map((c, i) => ({ ...c, urge: i === 5 ? 5 : 1 }));
    expect(earlyWarning(input(make({ cards: [...usual, ...oneBadDay], episodes: [] })))).toBeNull();
    // A little above the usual is not clearly above it.
    expect(earlyWarning(input(make({ cards: [...usual, ...hard.map((c) => ({ ...c, urge: 2 }))], episodes: [] })))).toBeNull();
    // Too few rated days lately to tell.
    expect(earlyWarning(input(make({ cards: [...usual, ...hard.slice(0, 3)], episodes: [] })))).toBeNull();
  });

  it('shows when urge episodes come clearly more often than usual, on several days', () => {
    const usualCards = Array.from({ length: 56 }, (_, i) => ({ back: USUAL_FIRST - i, urge: null }));
    // One episode a week, as usual: a usual fortnight holds two.
    const usualEpisodes = Array.from({ length: 8 }, (_, week) => ({ back: USUAL_FIRST - week * 7, hour: 18, minute: 0 }));
    const recent = (backs: number[]) => backs.map((back, n) => ({ back, hour: 12 + (n % 10), minute: 0 }));
    const with_ = (backs: number[]) => earlyWarning(input(make({ cards: usualCards, episodes: [...usualEpisodes, ...recent(backs)] })));
    // Five lately: twice the usual fortnight's and three more.
    expect(with_([12, 9, 6, 3, 1])).toBe('urges-above-usual');
    expect(with_([12, 6, 3, 1])).toBeNull();
    // Many on one hard day, or on two, do not decide it.
    expect(with_([2, 2, 2, 2, 2, 2])).toBeNull();
    expect(with_([2, 2, 2, 5, 5, 5])).toBeNull();
    expect(with_([2, 2, 2, 5, 5, 8])).toBe('urges-above-usual');
  });

  it('counts episodes over recorded weeks only: a week with no record is not a calm week', () => {
    // Episodes in only two of the usual weeks and nothing else recorded: no usual to compare with.
    const episodes = [USUAL_FIRST, USUAL_FIRST - 7, 10, 8, 6, 4, 2].map((back) => ({ back, hour: 12, minute: 0 }));
    expect(earlyWarning(input(make({ cards: [], episodes })))).toBeNull();
  });

  it('shows when check-ins on two days of the last week name a warning sign, in the note or as a feeling', () => {
    const signs = ['Not sleeping', 'staying in my room', 'Lonely', 'me'];
    const at2 = (a: Partial<Described['cards'][number]>, b: Partial<Described['cards'][number]>) =>
      earlyWarning(
        input({
          ...make({
            cards: [
              { back: 1, urge: null, ...a },
              { back: 4, urge: null, ...b },
            ],
            episodes: [],
          }),
          warningSigns: signs,
        }),
      );
    expect(at2({ note: 'Not sleeping again.' }, { note: 'I was STAYING in my  room all day' })).toBe('warning-signs');
    expect(at2({ feels: ['lonely'] }, { note: 'not sleeping' })).toBe('warning-signs');
    // Only one day; a sign inside another word; a feeling of that name not felt; a sign too short to look for.
    expect(at2({ note: 'not sleeping' }, {})).toBeNull();
    expect(at2({ note: 'not sleepingly' }, { note: 'lonelyness' })).toBeNull();
    expect(
      earlyWarning(
        input({
          checkIns: [card(addDays(TODAY, -1), null, { emotions: [{ name: 'Lonely', value: 0 }] }), card(addDays(TODAY, -2), null, { note: 'not sleeping' })],
          warningSigns: signs,
        }),
      ),
    ).toBeNull();
    expect(at2({ note: 'call me' }, { note: 'me too' })).toBeNull();
    // Longer ago than the last week.
    expect(
      earlyWarning(
        input({
          ...make({
            cards: [
              { back: 1, urge: null, note: 'not sleeping' },
              { back: 7, urge: null, note: 'not sleeping' },
            ],
            episodes: [],
          }),
          warningSigns: signs,
        }),
      ),
    ).toBeNull();
    // No warning signs in the plan: nothing to look for.
    expect(at2({ note: 'not sleeping' }, { note: 'not sleeping' })).toBe('warning-signs');
    expect(
      earlyWarning(
        input(
          make({
            cards: [
              { back: 1, urge: null, note: 'not sleeping' },
              { back: 2, urge: null, note: 'not sleeping' },
            ],
            episodes: [],
          }),
        ),
      ),
    ).toBeNull();
  });

  it('places an episode by the local day it started: a minute before the recent window is usual, midnight is recent', () => {
    for (const zone of zones) {
      vi.stubEnv('TZ', zone);
      const usualCards = Array.from({ length: 56 }, (_, i) => ({ back: USUAL_FIRST - i, urge: null }));
      const base = [4, 6].map((back) => ({ back, hour: 12, minute: 0 }));
      const edge = (back: number, hour: number, minute: number) =>
        earlyWarning(input(make({ cards: usualCards, episodes: [...base, { back, hour, minute }] })));
      // No usual episodes: the fortnight needs three, on three days; two are there, and the third is at the edge.
      expect(edge(RECENT_FIRST, 0, 0), zone).toBe('urges-above-usual');
      // The same moment a minute earlier falls on the day before, in the usual weeks, which then holds one.
      expect(edge(RECENT_FIRST + 1, 23, 59), zone).toBeNull();
    }
  });
});

describe('the early-warning rule, as properties', () => {
  it('never shows without enough earlier weeks to know a usual (and no warning signs)', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        // Everything within the recent fortnight and the three weeks before it.
        const near = { cards: history.cards.filter((c) => c.back <= RECENT_FIRST + 21), episodes: history.episodes.filter((e) => e.back <= RECENT_FIRST + 21) };
        expect(earlyWarning(input(make(near)))).toBeNull();
      }),
    );
  });

  it('is monotonic: more or higher urges lately never take the line away', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.array(fc.integer({ min: 0, max: RECENT_FIRST }), { maxLength: 10 }),
        fc.array(
          fc.record({ back: fc.integer({ min: 0, max: RECENT_FIRST }), hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) }),
          { maxLength: 10 },
        ),
        fc.array(fc.integer({ min: 0, max: RECENT_FIRST }), { maxLength: 10 }),
        (history, raise, moreEpisodes, newCards) => {
          const before = earlyWarning(input({ ...make(history), warningSigns: ['slept badly'] }));
          fc.pre(before !== null);
          const known = new Set(history.cards.map((c) => c.back));
          const harder: Described = {
            // Recent ratings raised by one (never lowered); new recent days rated at the top of the scale.
            cards: [
              ...history.cards.map((c) => (raise.includes(c.back) && c.urge !== null ? { ...c, urge: Math.min(5, c.urge + 1) } : c)),
              ...[...new Set(newCards)].filter((back) => !known.has(back)).map((back) => ({ back, urge: 5 })),
            ],
            episodes: [...history.episodes, ...moreEpisodes],
          };
          expect(earlyWarning(input({ ...make(harder), warningSigns: ['slept badly'] }))).not.toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the records', () => {
    fc.assert(
      fc.property(
        historyArb.chain((history) => {
          const { checkIns, episodes } = make(history);
          return fc.tuple(
            fc.constant({ checkIns, episodes }),
            fc.shuffledSubarray([...checkIns], { minLength: checkIns.length }),
            fc.shuffledSubarray([...episodes], { minLength: episodes.length }),
          );
        }),
        ([records, checkIns, episodes]) => {
          const signs = ['slept badly', 'lonely'];
          expect(earlyWarning(input({ checkIns, episodes, warningSigns: signs }))).toBe(earlyWarning(input({ ...records, warningSigns: signs })));
        },
      ),
    );
  });

  it('never shows for a steady person, whatever their usual level', () => {
    fc.assert(
      fc.property(steadyArb, ({ base, perWeek, extraWeeks, offset }) => {
        const today = addDays('2020-01-01', offset);
        expect(earlyWarning(input({ ...make(steadyWeeks(USUAL_FIRST, 0, base, perWeek, extraWeeks), today), today }))).toBeNull();
      }),
    );
  });

  it('shows after a hard fortnight that follows steady weeks, in check-in urges or in episodes', () => {
    fc.assert(
      fc.property(steadyArb, fc.boolean(), ({ base, perWeek, extraWeeks, offset }, byEpisodes) => {
        const today = addDays('2020-01-01', offset);
        const steady = steadyWeeks(USUAL_FIRST, RECENT_FIRST + 1, Math.min(base, 2), perWeek, extraWeeks);
        const hard: Described = byEpisodes
          ? // Cards without a rating; four times the usual week's episodes and three more, one a day.
            {
              cards: [...steady.cards.map((c) => ({ ...c, urge: null })), ...daysBack(RECENT_FIRST, 0).map((_, i) => ({ back: RECENT_FIRST - i, urge: null }))],
              episodes: [...steady.episodes, ...Array.from({ length: 4 * (perWeek + 1) + 3 }, (_, n) => ({ back: n % RECENT_DAYS, hour: n % 24, minute: 0 }))],
            }
          : {
              cards: [...steady.cards, ...daysBack(RECENT_FIRST, 0).map((_, i) => ({ back: RECENT_FIRST - i, urge: Math.min(base, 2) + 3 }))],
              episodes: steady.episodes,
            };
        expect(earlyWarning(input({ ...make(hard, today), today }))).toBe('urges-above-usual');
      }),
    );
  });

  it('gives the same answer for the same lived days in every time zone, across daylight saving', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 3000 }), (history, offset) => {
        const today = addDays('2020-01-01', offset);
        const answers = zones.map((zone) => {
          vi.stubEnv('TZ', zone);
          return earlyWarning(input({ ...make(history, today), warningSigns: ['slept badly', 'lonely'], today }));
        });
        expect(new Set(answers).size).toBe(1);
      }),
      { numRuns: 60 },
    );
  });

  it('answers only with a reason or nothing: never a number, level or label', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        expect([null, 'urges-above-usual', 'warning-signs']).toContain(earlyWarning(input({ ...make(history), warningSigns: ['lonely'] })));
      }),
    );
  });
});
