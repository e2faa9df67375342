// Where recovery comes up, hope is said plainly (docs/clinical-rules.md rule 22): recovery is possible and common, rarely
// a straight line, and urges weaken with practice. These are the moments it must never be missing from.
import { describe, expect, it } from 'vitest';
import { skills } from '@ebb/content';
import { enDiary } from './en-diary.ts';
import { enLearn } from './en-learn.ts';
import { enSkills } from './en-skills.ts';

const othersCope = /many people (?:who slip )?(?:go on to )?find other ways to cope/i;

describe('hope where recovery comes up', () => {
  it('after a slip: not failure, rarely a straight line, and many people find other ways', () => {
    expect(enDiary.slip.compassion).toMatch(/not failure/i);
    expect(enDiary.slip.compassion).toMatch(/rarely a straight line/i);
    expect(enDiary.slip.compassion).toMatch(othersCope);
  });

  it('at the end of Ride it out and in the skills library: others find ways, and urges weaken with practice', () => {
    for (const hope of [enSkills.done.hope, enSkills.library.hope]) {
      expect(hope).toMatch(othersCope);
      expect(hope).toMatch(/urges (?:tend to )?get weaker/i);
    }
  });

  it('at the top of Learn: recovery is possible and common, and rarely a straight line', () => {
    expect(enLearn.hope).toMatch(/recovery is possible and common/i);
    expect(enLearn.hope).toMatch(/rarely a straight line/i);
  });

  it('urge surfing says why riding an urge out helps: the next one tends to be weaker', () => {
    const surfing = skills.find((s) => s.id === 'urge-surfing');
    expect(surfing?.whyItHelps).toMatch(/weaker/i);
  });
});
