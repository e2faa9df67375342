// Ride it out: the ranking of suggestions, the escalation rule, the episode record and cautions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { feelings, needs, planSections, skills, type Feeling, type Need } from '@ebb/content';
import { decodeRecord, encodeRecord } from '../records/define-record.ts';
import { episodeMonthRecord, monthId, newEpisode, withEpisode, withoutEpisode, type Episode } from './episode-record.ts';
import { escalationDue } from './escalation.ts';
import { CALMER_MOMENT_MAX_URGE, needsFromWords, rankSkills, skillStages, type RankContext } from './rank-skills.ts';
import { emptySkillPrefs, skillPrefsRecord } from './skill-prefs-record.ts';

const minute = 60_000;
const context = (over: Partial<RankContext> = {}): RankContext => ({
  feelings: [],
  history: [],
  planItems: [],
  hidden: new Set(),
  favourites: new Set(),
  needs: [],
  urge: null,
  ...over,
});
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
        const ranked = rankSkills(skills, context({ hidden: new Set(hidden), feelings: named as Feeling[], urge: 0 }));
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
    const worse = rankSkills(skills, context({ feelings: ['anxiety'], history: [episodeWith([['paced-breathing', 4, 7]])] })).findIndex(
      (s) => s.id === 'paced-breathing',
    );
    expect(worse).toBeGreaterThan(base);
  });

  it('the person’s own plan lifts the skills it mentions, and plan items themselves', () => {
    const ranked = rankSkills(skills, context({ planItems: ['Put on a song I love and sing along'] }));
    expect(ranked[0]!.id).toBe('self-soothe');
    const withItem = rankSkills([...skills, { id: 'plan:0', feelings: [], keywords: [], needsNothing: false, fromPlan: true }], context());
    expect(withItem.findIndex((s) => s.id === 'plan:0')).toBeLessThan(5);
  });
});

describe('matching that follows the person', () => {
  const mapped = (f: Feeling) => skills.filter((s) => s.firstFor.includes(f)).map((s) => s.id);

  it('each feeling has its emotion-matched skills first (docs/clinical-rules.md)', () => {
    const top = (f: Feeling) =>
      rankSkills(skills, context({ feelings: [f] }))
        .slice(0, 3)
        .map((s) => s.id);
    expect(['let-it-out', 'intense-exercise']).toContain(top('anger')[0]);
    expect(top('anger')).toEqual(expect.arrayContaining(['let-it-out', 'intense-exercise']));
    expect(top('sadness')).toEqual(expect.arrayContaining(['self-soothe', 'reach-out']));
    expect(top('emptiness')[0]).toBe('strong-sensation');
    expect(top('anxiety')).toEqual(expect.arrayContaining(['paced-breathing', 'grounding-54321']));
    expect(top('shame')).toEqual(expect.arrayContaining(['self-compassion-break', 'opposite-action', 'reach-out']));
    expect(top('loneliness')[0]).toBe('reach-out');
  });

  it('for each feeling, the top three contain its mapped skills, whatever else is hidden or the urge (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...feelings), fc.subarray(ids), fc.option(fc.integer({ min: 0, max: 10 })), (f, hide, urge) => {
        const own = mapped(f);
        expect(own.length).toBeLessThanOrEqual(3);
        const hidden = new Set(hide.filter((id) => !own.includes(id)));
        const top = rankSkills(skills, context({ feelings: [f], hidden, urge }))
          .slice(0, 3)
          .map((s) => s.id);
        for (const id of own) expect(top).toContain(id);
      }),
    );
  });

  it('every skill’s first feelings are among its feelings', () => {
    for (const s of skills) for (const f of s.firstFor) expect(s.feelings, s.id).toContain(f);
  });

  it('skills for calmer moments are never suggested while the urge is strong or unrated (property)', () => {
    const calmer = skills.filter((s) => s.calmerMomentsOnly).map((s) => s.id);
    expect(calmer).toEqual(expect.arrayContaining(['radical-acceptance', 'check-the-facts']));
    fc.assert(
      fc.property(fc.option(fc.integer({ min: CALMER_MOMENT_MAX_URGE + 1, max: 10 })), fc.subarray([...feelings]), (urge, named) => {
        const ranked = rankSkills(skills, context({ urge, feelings: named as Feeling[] }));
        expect(ranked.some((s) => calmer.includes(s.id))).toBe(false);
      }),
    );
    expect(rankSkills(skills, context({ urge: 2 })).some((s) => s.id === 'radical-acceptance')).toBe(true);
  });

  it('needs from the plan lift the skills that meet them, and never lower them (property)', () => {
    fc.assert(
      fc.property(fc.subarray([...needs], { minLength: 1 }), fc.subarray([...feelings]), (wanted, named) => {
        const base = context({ feelings: named as Feeling[] });
        const before = rankSkills(skills, base).map((s) => s.id);
        const after = rankSkills(skills, { ...base, needs: wanted as Need[] }).map((s) => s.id);
        for (const s of skills.filter((x) => x.meets.some((n) => wanted.includes(n)))) expect(after.indexOf(s.id)).toBeLessThanOrEqual(before.indexOf(s.id));
      }),
    );
    const plain = rankSkills(skills, context()).findIndex((s) => s.id === 'express');
    const expressing = rankSkills(skills, context({ needs: ['express'] })).findIndex((s) => s.id === 'express');
    expect(expressing).toBeLessThan(plain);
  });

  it('reads needs from what the person said self-harm does for them', () => {
    expect(needsFromWords(['Relief from overwhelming feelings'])).toContain('release');
    expect(needsFromWords(['Feeling something when I feel numb'])).toContain('release');
    expect(needsFromWords(['Punishing myself'])).toContain('comfort');
    expect(needsFromWords(['Showing how bad things are'])).toContain('express');
    expect(needsFromWords(['Feeling in control'])).toContain('breathe');
    expect(needsFromWords(['It helps me escape for a bit'])).toContain('distract');
    expect(needsFromWords([])).toEqual([]);
    const offered = planSections.find((s) => s.id === 'what-it-does')!.suggestions;
    for (const suggestion of offered) expect(needsFromWords([suggestion.text]).length, suggestion.text).toBeGreaterThan(0);
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
    expect(
      escalationDue(
        rated(
          [
            [0, 6],
            [1, 6],
          ],
          1,
        ),
        1,
      ),
    ).toBe(false);
    expect(
      escalationDue(
        rated(
          [
            [0, 6],
            [1, 6],
          ],
          2,
        ),
        1,
      ),
    ).toBe(true);
    expect(
      escalationDue(
        rated(
          [
            [0, 6],
            [1, 7],
          ],
          0,
        ),
        15 * minute,
      ),
    ).toBe(true);
    expect(
      escalationDue(
        rated(
          [
            [0, 6],
            [1, 6],
          ],
          0,
        ),
        14 * minute,
      ),
    ).toBe(false);
  });

  it('does not push when the urge is easing', () => {
    expect(
      escalationDue(
        rated(
          [
            [0, 7],
            [1, 4],
          ],
          2,
        ),
        20 * minute,
      ),
    ).toBe(false);
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

  it('removes one episode by id (a slip note undone), leaving the others as they were', () => {
    const a = newEpisode('a', 1000);
    const slip = { ...newEpisode('slip', 2000), endedAt: 2000, outcome: 'slipped' as const };
    const month = withEpisode(withEpisode(undefined, a), slip);
    expect(withoutEpisode(month, 'slip')).toEqual({ episodes: [a] });
    expect(withoutEpisode(month, 'missing')).toEqual(month);
    expect(withoutEpisode(undefined, 'slip')).toEqual({ episodes: [] });
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
    const prefs = {
      ...emptySkillPrefs(),
      own: [{ id: 'own-1', name: ' Walk the dog ', steps: ['Lead on', 'Round the block'], feelings: ['sadness' as const] }],
    };
    expect(decodeRecord(skillPrefsRecord, encodeRecord(skillPrefsRecord, prefs)).own[0]!.name).toBe('Walk the dog');
    expect(() => encodeRecord(skillPrefsRecord, { ...prefs, own: [{ ...prefs.own[0]!, steps: [] }] })).toThrow();
  });
});
