// The plan's sections: the safety-plan order, and suggestions that are sourced, plain and short.
import { describe, expect, it } from 'vitest';
import { planBarriers, planSections } from './plan-sections.ts';
import { planSectionIds, triggerKinds } from './plan-section-ids.ts';
import { dontSayToMe, sayToMe, supporterGuidance } from './support-card.ts';
import { references } from './references.ts';

const referenceIds = new Set<string>(references.map((r) => r.id));

describe('plan sections', () => {
  it('follow the safety plan’s order, with the steps first', () => {
    expect(planSections.map((s) => s.id)).toEqual([...planSectionIds]);
    expect(planSections.filter((s) => s.step).map((s) => s.id)).toEqual([
      'warning-signs',
      'on-my-own',
      'people-and-places',
      'people-to-ask',
      'professionals',
      'safer-space',
    ]);
  });

  it('each has a title, why it helps, a prompt and at least three suggestions', () => {
    for (const section of planSections) {
      for (const text of [section.title, section.whyItHelps, section.prompt]) expect(text.trim().length).toBeGreaterThan(5);
      expect(section.suggestions.length, section.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('every suggestion and barrier idea has a known source', () => {
    for (const s of planSections.flatMap((section) => section.suggestions)) expect(referenceIds.has(s.source), s.text).toBe(true);
    for (const b of planBarriers) expect(referenceIds.has(b.source), b.barrier).toBe(true);
  });

  it('suggestions are short enough to read at a glance, and unique within their section', () => {
    for (const section of planSections) {
      const texts = section.suggestions.map((s) => s.text);
      expect(new Set(texts).size).toBe(texts.length);
      for (const text of texts) expect(text.length, text).toBeLessThanOrEqual(110);
    }
  });

  it('making my space safer is offered as a choice, in the person’s own words', () => {
    const safer = planSections.find((s) => s.id === 'safer-space')!;
    expect(safer.whyItHelps).toMatch(/your choice, in your own words/);
    expect(safer.prompt).toMatch(/You can skip this/);
  });
});

describe('references', () => {
  it('have unique ids, a citation, and https links where given', () => {
    expect(new Set(references.map((r) => r.id)).size).toBe(references.length);
    for (const r of references) {
      expect(r.citation.length).toBeGreaterThan(10);
      if ('url' in r) expect(new URL(r.url).protocol).toBe('https:');
    }
  });
});

describe('the shape of each section’s suggestions', () => {
  const section = (id: string) => planSections.find((s) => s.id === id)!;

  it('people I can ask: suggestions of who to ask and of messages to send, both present', () => {
    const uses = section('people-to-ask').suggestions.map((s) => s.use);
    expect(uses).toContain('who');
    expect(uses).toContain('message');
    expect(uses.every((u) => u === 'who' || u === 'message')).toBe(true);
  });

  it('triggers: every suggestion has a kind, and every kind has a suggestion', () => {
    const kinds = section('triggers').suggestions.map((s) => s.kind);
    expect(new Set(kinds)).toEqual(new Set(triggerKinds));
  });

  it('what self-harm does for me: every need comes with other ways to meet it', () => {
    for (const s of section('what-it-does').suggestions) expect(s.otherWays?.trim().length, s.text).toBeGreaterThan(5);
  });

  it('“do this first” suggestions fit on one line', () => {
    for (const s of section('first-step').suggestions) expect(s.text.length).toBeLessThanOrEqual(60);
  });
});

describe('the “How to support me” card', () => {
  it('has sourced, short suggestions and guidance for supporters', () => {
    for (const list of [sayToMe, dontSayToMe, supporterGuidance]) {
      expect(list.length).toBeGreaterThanOrEqual(3);
      for (const item of list) {
        expect(referenceIds.has(item.source), item.text).toBe(true);
        expect(item.text.length, item.text).toBeLessThanOrEqual(120);
      }
    }
  });

  it('guidance covers responding calmly, not demanding an instant stop, emergencies and self-care', () => {
    const all = supporterGuidance.map((g) => g.text).join(' ');
    expect(all).toMatch(/calm/);
    expect(all).toMatch(/stop all at once/);
    expect(all).toMatch(/emergency number/);
    expect(all).toMatch(/Look after yourself/);
  });
});
