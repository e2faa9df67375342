// The supporter guide: sourced, dated, with no number that is not a verified crisis line's, and covering what a
// supporter needs (asking about suicide among them). Its wording and reading level are checked in core
// (readability/supporter-guide.test.ts), with the scanner and the reading-grade measure.
import { describe, expect, it } from 'vitest';
import { crisisHelp, learnPages, references, supporterGuide, type LearnPage, type Reference } from '../index.ts';

const textOf = (page: LearnPage): string[] =>
  page.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [b.text])).map((t) => (/[.!?:”]$/.test(t) ? t : `${t}.`));

describe('the supporter guide', () => {
  it('is a set of Learn pages for supporters with stable, unique, kebab-case ids and a written date', () => {
    expect(supporterGuide.length).toBeGreaterThanOrEqual(6);
    expect(new Set(supporterGuide.map((p) => p.id)).size).toBe(supporterGuide.length);
    for (const page of supporterGuide) {
      expect(page.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(page.topic).toBe('for-supporters');
      expect(page.written).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(Number.isNaN(Date.parse(page.written))).toBe(false);
      expect(page.summary.length).toBeLessThanOrEqual(120);
    }
  });

  it('cites sources that exist, each with an address', () => {
    const byId = new Map<string, Reference>(references.map((r) => [r.id, r]));
    for (const page of supporterGuide) {
      expect(page.sources.length, page.id).toBeGreaterThan(0);
      for (const id of page.sources) expect(byId.get(id)?.url, `${page.id}: ${id}`).toMatch(/^https:\/\//);
    }
  });

  it('names no number that is not a verified crisis line’s or an age', () => {
    const verified = new Set(crisisHelp.flatMap((c) => c.lines.flatMap((l) => l.reach.flatMap((r) => ('number' in r ? [r.number] : [])))));
    const numbers = supporterGuide.flatMap(
      (p) =>
        textOf(p)
          .join(' ')
          .match(/\d[\d ]{2,}\d/g) ?? [],
    );
    expect(numbers.filter((n) => !verified.has(n.replace(/ /g, '')))).toEqual([]);
  });

  it('covers what supporters need, in order: emergencies first, then what it is, responding, no demands, suicide, medical care, self-care, support', () => {
    const all = supporterGuide.map((p) => `${p.title} ${textOf(p).join(' ')}`);
    const order = [
      /In an emergency.*Call the emergency number now/i,
      /what self-harm is/i,
      /without panic or judgement/i,
      /promise/i,
      /does not put the idea in someone’s head/i,
      /medical help/i,
      /looking after yourself/i,
      /support/i,
    ];
    order.forEach((pattern, i) => expect(all[i], String(pattern)).toMatch(pattern));
  });

  it('links every page into Ebb, and only to pages that exist', () => {
    const pageIds = new Set([...learnPages, ...supporterGuide].map((p) => p.id));
    for (const page of supporterGuide) {
      const tools = page.blocks.flatMap((b) => (b.kind === 'tool' ? [b.to] : []));
      expect(tools.length, page.id).toBeGreaterThan(0);
      for (const to of tools) if (to.screen === 'learn') expect(pageIds.has(to.id), `${page.id}: ${to.id}`).toBe(true);
    }
  });

  it('links to Help now for the numbers, and says there is hope', () => {
    const emergency = supporterGuide.find((p) => p.id === 'supporting-emergency');
    expect(emergency?.blocks.some((b) => b.kind === 'tool' && b.to.screen === 'help')).toBe(true);
    const whatItIs = supporterGuide.find((p) => p.id === 'supporting-what-self-harm-is');
    expect(whatItIs && textOf(whatItIs).join(' ')).toMatch(/Recovery is possible, and it is common/);
  });
});
