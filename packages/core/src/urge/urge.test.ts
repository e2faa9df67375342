// Ride it out: the ranking of suggestions, the escalation rule, the episode record and cautions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { feelings, skills, type Feeling } from '@ebb/content';
import { decodeRecord, encodeRecord } from '../records/define-record.ts';
import { episodeMonthRecord, monthId, newEpisode, withEpisode, type Episode } from './episode-record.ts';
import { escalationDue } from './escalation.ts';
import { rankSkills, skillStages, type RankContext } from './rank-skills.ts';
import { emptySkillPrefs, skillPrefsRecord } from './skill-prefs-record.ts';

const minute = 60_000;
const context = (over: Partial<RankContext> = {}): RankContext => ({ feelings: [], history: [], planItems: [], hidden: new Set(), favourites: new Set(), ...over });
const episodeWith = (tries: Array<[string, number, number]>): Episode => ({
  ...newEpisode('e', 0),
  skills: tries.map(([skillId, before, after]) => ({ skillId, startedAt: 0, before, after })),
});
const ids = skills.map((s) => s.id);

describe('ranking suggestions', () => {
  it('puts skills that match the feeling first', () => {
    const ranked = rankSkills(skills, context({ feelings: ['emptiness'] }));
    expect(ranked.slice(0, 3).every((s) => s.feelings.includes('emptiness'))).toBe(true);
    expect(rankSkills(skills, context({ feelings: ['anger'] }))[0]!.feelings).toContain('anger');
  });

  it('never suggests a hidden skill (property)', () => {
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray([...feelings]), (hidden, named) => {
        const ranked = rankSkills(skills, context({ hidden: new Set(hidden), feelings: named as Feeling[] }));
        expect(ranked.some((s) => hidden.includes(s.id))).toBe(false);
        expect(ranked).toHaveLength(skills.length - hidden.length);
      }),
    );
  });

  it('a skill that lowered this person’s urges ranks no lower than before, and usually higher (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.subarray([...feelings]), fc.integer({ min: 1, max: 10 }), (skillId, named, drop) => {
        const base = context({ feelings: named as Feeling[] });
        const before = rankSkills(skills, base).findIndex((s) => s.id === skillId);
        const after = rankSkills(skills, { ...base, history: [episodeWith([[skillId, 10, 10 - drop]])] }).findIndex((s) => s.id === skillId);
        expect(after).toBeLessThanOrEqual(before);
      }),
    );
    const helped = rankSkills(skills, context({ history: [episodeWith([['let-it-out', 9, 3]])] }));
    expect(helped[0]!.id).toBe('let-it-out');
  });

  it('a skill that made things worse drops down', () => {
    const base = rankSkills(skills, context({ feelings: ['anxiety'] })).findIndex((s) => s.id === 'paced-breathing');
    const worse = rankSkills(skills, context({ feelings: ['anxiety'], history: [episodeWith([['paced-breathing', 4, 7]])] })).findIndex((s) => s.id === 'paced-breathing');
    expect(worse).toBeGreaterThan(base);
  });

  it('the person’s own plan lifts the skills it mentions, and plan items themselves', () => {
    const ranked = rankSkills(skills, context({ planItems: ['Put on a song I love and sing along'] }));
    expect(ranked[0]!.id).toBe('self-soothe');
    const withItem = rankSkills([...skills, { id: 'plan:0', feelings: [], keywords: [], needsNothing: false, fromPlan: true }], context());
    expect(withItem.findIndex((s) => s.id === 'plan:0')).toBeLessThan(5);
  });
});

describe('cautions', () => {
  it('every skill with cautions shows them before its guide (property over any skill)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { maxLength: 4 }), (cautions) => {
        const stages = skillStages({ cautions });
        expect(stages[0]).toBe(cautions.length > 0 ? 'caution' : 'guide');
        expect(stages.at(-1)).toBe('guide');
      }),
    );
    for (const s of skills.filter((x) => x.cautions.length > 0)) expect(skillStages(s)[0]).toBe('caution');
    expect(skillStages(skills.find((s) => s.id === 'tip-temperature')!)[0]).toBe('caution');
  });
});

describe('escalation', () => {
  const rated = (values: Array<[number, number]>, tried = 0): Episode => ({
    ...newEpisode('e', 0),
    ratings: values.map(([at, value]) => ({ at, value })),
    skills: Array.from({ length: tried }, (_, i) => ({ skillId: `s${i}`, startedAt: 0, before: null, after: null })),
  });

  it('offers the next steps at once when the urge is 8 or more', () => {
    expect(escalationDue(rated([[0, 8]]), 0)).toBe(true);
    expect(escalationDue(rated([[0, 7]]), 0)).toBe(false);
  });

  it('offers them after two skills or 15 minutes when the urge is not lower', () => {
    expect(escalationDue(rated([[0, 6], [1, 6]], 1), 1)).toBe(false);
    expect(escalationDue(rated([[0, 6], [1, 6]], 2), 1)).toBe(true);
    expect(escalationDue(rated([[0, 6], [1, 7]], 0), 15 * minute)).toBe(true);
    expect(escalationDue(rated([[0, 6], [1, 6]], 0), 14 * minute)).toBe(false);
  });

  it('does not push when the urge is easing', () => {
    expect(escalationDue(rated([[0, 7], [1, 4]], 2), 20 * minute)).toBe(false);
  });

  it('without ratings, offers them after two skills or 15 minutes', () => {
    expect(escalationDue(rated([], 2), 0)).toBe(true);
    expect(escalationDue(rated([], 0), 15 * minute)).toBe(true);
    expect(escalationDue(rated([], 1), minute)).toBe(false);
  });
});

describe('the episode record', () => {
  it('keeps a month of episodes, adding or replacing by id, oldest first', () => {
    const a = { ...newEpisode('a', 2000), feelings: ['anger' as const], outcome: 'eased' as const, endedAt: 3000 };
    const b = newEpisode('b', 1000);
    let month = withEpisode(undefined, a);
    month = withEpisode(month, b);
    month = withEpisode(month, { ...b, ratings: [{ at: 1100, value: 6 }] });
    expect(month.episodes.map((e) => e.id)).toEqual(['b', 'a']);
    expect(decodeRecord(episodeMonthRecord, encodeRecord(episodeMonthRecord, month))).toEqual(month);
  });

  it('refuses ratings outside 0–10, unknown feelings and newer versions', () => {
    const bad = { episodes: [{ ...newEpisode('x', 0), ratings: [{ at: 0, value: 11 }] }] };
    expect(() => encodeRecord(episodeMonthRecord, bad)).toThrow();
    expect(() => encodeRecord(episodeMonthRecord, { episodes: [{ ...newEpisode('x', 0), feelings: ['bored'] }] } as never)).toThrow();
    expect(() => decodeRecord(episodeMonthRecord, { v: 2, data: { episodes: [] } })).toThrow(/newer Ebb/);
  });

  it('files an episode under the month it started, in local time', () => {
    expect(monthId(new Date(2026, 10, 30, 23, 59).getTime())).toBe('2026-11');
    expect(monthId(new Date(2026, 11, 1, 0, 1).getTime())).toBe('2026-12');
  });
});

describe('skill preferences', () => {
  it('round-trip, and an own skill needs a name and at least one step', () => {
    const prefs = { ...emptySkillPrefs(), own: [{ id: 'own-1', name: ' Walk the dog ', steps: ['Lead on', 'Round the block'], feelings: ['sadness' as const] }] };
    expect(decodeRecord(skillPrefsRecord, encodeRecord(skillPrefsRecord, prefs)).own[0]!.name).toBe('Walk the dog');
    expect(() => encodeRecord(skillPrefsRecord, { ...prefs, own: [{ ...prefs.own[0]!, steps: [] }] })).toThrow();
  });
});
