// The skills library: every skill complete and sourced, the cautions of docs/clinical-rules.md rule 8, and no skill
// that uses pain as a default.
import { describe, expect, it } from 'vitest';
import { breathingLimits, feelings, skills } from './skills.ts';
import { references } from './references.ts';

const referenceIds = new Set<string>(references.map((r) => r.id));
const byId = (id: string) => skills.find((s) => s.id === id)!;

describe('skills', () => {
  it('each has a unique id, a name, steps, why it helps, tags and a known source', () => {
    expect(new Set(skills.map((s) => s.id)).size).toBe(skills.length);
    for (const s of skills) {
      expect(s.name.length, s.id).toBeGreaterThan(2);
      expect(s.summary.length, s.id).toBeLessThanOrEqual(90);
      expect(s.whyItHelps.length, s.id).toBeGreaterThan(20);
      expect(s.steps.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.feelings.length, s.id).toBeGreaterThan(0);
      for (const f of s.feelings) expect(feelings, s.id).toContain(f);
      expect(s.keywords.length, s.id).toBeGreaterThan(0);
      expect(referenceIds.has(s.source), s.id).toBe(true);
    }
  });

  it('has every skill the toolkit promises, each guided', () => {
    const guides = new Map(skills.map((s) => [s.id, s.guide.kind]));
    expect(guides.get('paced-breathing')).toBe('breathing');
    expect(guides.get('box-breathing')).toBe('breathing');
    expect(guides.get('grounding-54321')).toBe('grounding');
    expect(guides.get('urge-surfing')).toBe('urge-surf');
    expect(guides.get('tip-temperature')).toBe('timer');
    expect(guides.get('intense-exercise')).toBe('timer');
    expect(guides.get('paired-muscle-relaxation')).toBe('timed-steps');
    for (const id of ['stop', 'self-soothe', 'accepts', 'improve', 'pros-and-cons', 'delay', 'reach-out']) expect(guides.has(id), id).toBe(true);
  });

  it('has the self-compassion, emotion-regulation and expressing skills, each guided and sourced from a public page', () => {
    const urls = new Map<string, string | undefined>(references.map((r) => [r.id, 'url' in r ? r.url : undefined]));
    for (const id of ['self-compassion-break', 'opposite-action', 'check-the-facts', 'radical-acceptance', 'express']) {
      const s = byId(id);
      expect(['steps', 'deck'], id).toContain(s.guide.kind);
      expect(urls.get(s.source), id).toMatch(/^https:\/\//);
    }
    expect(byId('radical-acceptance').calmerMomentsOnly).toBe(true);
    expect(byId('check-the-facts').calmerMomentsOnly).toBe(true);
    expect(byId('opposite-action').calmerMomentsOnly).toBeUndefined();
  });

  it('TIP has one P, shared by paced breathing and paired muscle relaxation; no “TIPP”', () => {
    const all = skills.map((s) => [s.name, s.summary, s.whyItHelps, ...s.steps].join(' ')).join(' ');
    expect(all).not.toMatch(/TIPP/);
    expect(byId('tip-temperature').whyItHelps).toContain('Temperature, Intense exercise, Paced breathing and Paired muscle relaxation');
  });

  it('paced breathing has the longer out-breath; box breathing is 4-4-4-4', () => {
    const paced = byId('paced-breathing').guide;
    const box = byId('box-breathing').guide;
    if (paced.kind !== 'breathing' || box.kind !== 'breathing') throw new Error('breathing guides expected');
    expect(paced.pattern[2]).toBeGreaterThan(paced.pattern[0]);
    // The out-breath a person can choose is never shorter than 5 seconds, and always longer than the in-breath.
    expect(breathingLimits.outMin).toBe(5);
    expect(breathingLimits.outMin).toBeGreaterThan(paced.pattern[0]);
    expect(paced.pattern[2]).toBeGreaterThanOrEqual(breathingLimits.outMin);
    expect(paced.pattern[2]).toBeLessThanOrEqual(breathingLimits.outMax);
    expect(box.pattern).toEqual([4, 4, 4, 4]);
  });

  it('the temperature skill carries every caution of the clinical rules (rule 8), and lasts about 30 seconds', () => {
    const tip = byId('tip-temperature');
    const text = tip.cautions.join(' ');
    for (const must of [
      'heart condition',
      'slow resting heart rate',
      'beta-blockers',
      'allergy to cold',
      'eating disorder',
      'pregnant',
      '10 °C (50 °F)',
      '30 seconds',
      'never for causing pain',
    ]) {
      expect(text).toContain(must);
    }
    expect(tip.guide).toEqual({ kind: 'timer', seconds: 30 });
  });

  it('intense exercise cautions heart conditions and compulsive exercise', () => {
    const text = byId('intense-exercise').cautions.join(' ');
    expect(text).toContain('heart condition');
    expect(text).toContain('compulsive');
  });

  it('each feeling has at least two skills to suggest', () => {
    for (const f of feelings) expect(skills.filter((s) => s.feelings.includes(f)).length, f).toBeGreaterThanOrEqual(2);
  });

  it('no guide claims the urge has passed on its own (docs/clinical-rules.md rule 19)', () => {
    const all = skills.map((s) => [s.summary, ...s.steps].join(' ')).join(' ');
    expect(all).not.toMatch(/you rode it out|it has passed|it passes\b/i);
  });

  it('no skill offers a pain-imitating alternative by default (docs/clinical-rules.md rule 9)', () => {
    const all = skills
      .map((s) => [s.summary, ...s.steps].join(' '))
      .join(' ')
      .toLowerCase();
    expect(all).not.toMatch(/rubber band|elastic band|snap/);
  });
});
