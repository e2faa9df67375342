// What Ride it out says back: every ending and after-skill case, and (as properties) that nothing says the
// urge has eased or passed unless the person said so.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { episodeOutcomes, newEpisode, type Episode } from './episode-record.ts';
import { afterSkillNote, rideEnding } from './ride-ending.ts';
import { surfView } from './surf-stage.ts';

const rated = (values: number[], outcome: Episode['outcome']): Episode => ({
  ...newEpisode('e', 0),
  ratings: values.map((value, at) => ({ at, value })),
  outcome,
});
const tried = (before: number | null, after: number | null) => ({ skillId: 's', startedAt: 0, before, after });

describe('after a skill', () => {
  it('names what the person’s own ratings say, and nothing when they skipped', () => {
    expect(afterSkillNote(tried(6, 3))).toEqual({ kind: 'lower', before: 6, after: 3 });
    expect(afterSkillNote(tried(6, 6))).toEqual({ kind: 'same', value: 6 });
    expect(afterSkillNote(tried(6, 7))).toEqual({ kind: 'higher', before: 6, after: 7 });
    expect(afterSkillNote(tried(null, 4))).toEqual({ kind: 'rated', after: 4 });
    expect(afterSkillNote(tried(6, null))).toEqual({ kind: 'unrated' });
    expect(afterSkillNote(tried(null, null))).toEqual({ kind: 'unrated' });
    expect(afterSkillNote(undefined)).toEqual({ kind: 'unrated' });
  });

  it('a skipped rating is never read as “the same” (property)', () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 0, max: 10 })), (before) => {
        expect(afterSkillNote(tried(before, null)).kind).toBe('unrated');
      }),
    );
  });
});

describe('the ending of Ride it out', () => {
  it('says it eased only when the person said so', () => {
    expect(rideEnding(rated([6, 7], 'eased'))).toEqual({ kind: 'eased' });
    expect(rideEnding(rated([], 'eased'))).toEqual({ kind: 'eased' });
  });

  it('stopping after the urge rose from 6 to 7 is “stayed with it”, not “rode it out”', () => {
    expect(rideEnding(rated([6, 7], 'stopped'))).toEqual({ kind: 'stayed', first: 6, last: 7 });
  });

  it('stopping when it has not moved is “stayed with it”', () => {
    expect(rideEnding(rated([5, 5], 'stopped'))).toEqual({ kind: 'stayed', first: 5, last: 5 });
    expect(rideEnding(rated([5, 3, 5], 'stopped'))).toEqual({ kind: 'stayed', first: 5, last: 5 });
  });

  it('stopping when it came down says so, with the numbers', () => {
    expect(rideEnding(rated([8, 4], 'stopped'))).toEqual({ kind: 'came-down', first: 8, last: 4 });
    expect(rideEnding(rated([8, 9, 4], 'reached-out'))).toEqual({ kind: 'came-down', first: 8, last: 4 });
  });

  it('with fewer than two ratings, Ebb cannot tell and says nothing about the urge', () => {
    expect(rideEnding(rated([], 'stopped'))).toEqual({ kind: 'unrated' });
    expect(rideEnding(rated([7], 'stopped'))).toEqual({ kind: 'unrated' });
    expect(rideEnding(rated([7], null))).toEqual({ kind: 'unrated' });
  });

  it('never “eased” without the person’s answer, and “came down” only when the last rating is lower (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 6 }),
        fc.constantFrom(...episodeOutcomes.filter((o) => o !== 'eased'), null),
        (values, outcome) => {
          const ending = rideEnding(rated(values, outcome));
          expect(ending.kind).not.toBe('eased');
          if (ending.kind === 'came-down') expect(ending.last).toBeLessThan(ending.first);
          if (ending.kind === 'stayed') expect(ending.last).toBeGreaterThanOrEqual(ending.first);
        },
      ),
    );
  });
});

describe('the urge-surfing wave', () => {
  const minute = 60_000;
  const base = { totalMs: 5 * minute, eased: false, saidNotYet: false, answeredMinute: 0 };

  it('rises and peaks with time, then stays at the peak until the person says it eased', () => {
    expect(surfView({ ...base, elapsedMs: 0 }).stage).toBe('rising');
    expect(surfView({ ...base, elapsedMs: 2.5 * minute }).stage).toBe('peak');
    expect(surfView({ ...base, elapsedMs: 4 * minute, answeredMinute: 4 })).toEqual({ stage: 'staying', dot: 0.5, asking: false });
    expect(surfView({ ...base, elapsedMs: 5 * minute })).toEqual({ stage: 'time-up', dot: 0.5, asking: true });
    expect(surfView({ ...base, elapsedMs: 5 * minute, eased: true })).toEqual({ stage: 'eased', dot: 1, asking: false });
  });

  it('asks each new minute, and not again in a minute already answered', () => {
    expect(surfView({ ...base, elapsedMs: 0.5 * minute }).asking).toBe(false);
    expect(surfView({ ...base, elapsedMs: 1.1 * minute }).asking).toBe(true);
    expect(surfView({ ...base, elapsedMs: 1.9 * minute, answeredMinute: 1 }).asking).toBe(false);
    expect(surfView({ ...base, elapsedMs: 2.1 * minute, answeredMinute: 1 }).asking).toBe(true);
  });

  it('after “not yet” it keeps the wave going, whatever the time', () => {
    expect(surfView({ ...base, elapsedMs: 1.2 * minute, saidNotYet: true, answeredMinute: 1 }).stage).toBe('staying');
  });

  it('never falls past the peak unless the person said it eased (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 * minute }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        fc.nat(60),
        (elapsedMs, minutes, saidNotYet, answeredMinute) => {
          const view = surfView({ elapsedMs, totalMs: minutes * minute, eased: false, saidNotYet, answeredMinute });
          expect(view.stage).not.toBe('eased');
          expect(view.dot).toBeLessThanOrEqual(0.5);
        },
      ),
    );
  });
});
