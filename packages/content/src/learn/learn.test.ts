// The Learn pages as data: each is dated, sourced and complete, and every link into Ebb's tools leads somewhere
// that exists. (The safe-language, method-word and reading-level checks run in core, where the scanner lives.)
import { describe, expect, it } from 'vitest';
import { planSectionIds } from '../plan-section-ids.ts';
import { references } from '../references.ts';
import { skills } from '../skills.ts';
import type { LearnTool } from './learn-page.ts';
import { learnPages } from './learn-pages.ts';

const referenceIds = new Set<string>(references.map((r) => r.id));
const pageIds = new Set(learnPages.map((p) => p.id));
const skillIds = new Set(skills.map((s) => s.id));
const sectionIds = new Set<string>(planSectionIds);

/** Why a tool link leads nowhere, or undefined when its target exists. */
function brokenTarget(to: LearnTool): string | undefined {
  if (to.screen === 'skill') return skillIds.has(to.id) ? undefined : `no skill "${to.id}"`;
  if (to.screen === 'learn') return pageIds.has(to.id) ? undefined : `no page "${to.id}"`;
  if (to.screen === 'plan-part') return sectionIds.has(to.section) ? undefined : `no plan part "${to.section}"`;
  return undefined;
}

describe('learn pages', () => {
  it('have unique, kebab-case ids', () => {
    expect(pageIds.size).toBe(learnPages.length);
    for (const p of learnPages) expect(p.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('each has a title, a one-line summary, blocks and a real written date', () => {
    for (const p of learnPages) {
      expect(p.title.length, p.id).toBeGreaterThan(3);
      expect(p.summary.length, p.id).toBeGreaterThan(10);
      expect(p.summary, p.id).not.toMatch(/\n/);
      expect(p.blocks.length, p.id).toBeGreaterThan(0);
      expect(p.written, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // A date like 2026-02-30 parses into March: it must come back unchanged.
      expect(new Date(`${p.written}T00:00:00Z`).toISOString().slice(0, 10), p.id).toBe(p.written);
    }
  });

  it('each cites at least one source, and every source is in references', () => {
    for (const p of learnPages) {
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      expect(new Set(p.sources).size, p.id).toBe(p.sources.length);
      for (const s of p.sources) expect(referenceIds.has(s), `${p.id}: ${s}`).toBe(true);
    }
  });

  it('has no empty block', () => {
    for (const p of learnPages)
      for (const b of p.blocks) {
        if (b.kind === 'list') {
          expect(b.items.length, p.id).toBeGreaterThan(0);
          for (const item of b.items) expect(item.trim().length, p.id).toBeGreaterThan(0);
        } else expect(b.text.trim().length, p.id).toBeGreaterThan(0);
      }
  });

  it('links only to tools, plan parts, skills and pages that exist', () => {
    const broken = learnPages.flatMap((p) =>
      p.blocks.flatMap((b) => (b.kind === 'tool' ? [brokenTarget(b.to)].filter(Boolean).map((why) => `${p.id}: ${why}`) : [])),
    );
    expect(broken).toEqual([]);
  });

  it('every page links into Ebb, and the pages the toolkit promises link where they should', () => {
    const links = (id: string) => learnPages.find((p) => p.id === id)?.blocks.flatMap((b) => (b.kind === 'tool' ? [JSON.stringify(b.to)] : [])) ?? [];
    for (const p of learnPages) expect(links(p.id).length, p.id).toBeGreaterThan(0);
    expect(links('recovery')).toContain(JSON.stringify({ screen: 'skill', id: 'urge-surfing' }));
    expect(links('after-a-slip')).toEqual(expect.arrayContaining([JSON.stringify({ screen: 'slip' }), JSON.stringify({ screen: 'plan' })]));
    expect(links('triggers-and-what-it-does')).toEqual(
      expect.arrayContaining([JSON.stringify({ screen: 'plan-part', section: 'triggers' }), JSON.stringify({ screen: 'plan-part', section: 'what-it-does' })]),
    );
    expect(links('support-groups')).toEqual(expect.arrayContaining([JSON.stringify({ screen: 'contacts' }), JSON.stringify({ screen: 'help' })]));
  });

  it('the link check itself catches a missing target', () => {
    expect(brokenTarget({ screen: 'skill', id: 'no-such-skill' })).toBeDefined();
    expect(brokenTarget({ screen: 'learn', id: 'no-such-page' })).toBeDefined();
    expect(brokenTarget({ screen: 'skill', id: 'urge-surfing' })).toBeUndefined();
    expect(brokenTarget({ screen: 'plan-part', section: 'triggers' })).toBeUndefined();
  });
});
