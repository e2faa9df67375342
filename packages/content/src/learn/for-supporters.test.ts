// The supporter guide: sourced, dated, easy to read (Flesch–Kincaid grade 8 or below per page), with no number
// that is not a verified crisis line's, and covering what a supporter needs (asking about suicide among them).
import { describe, expect, it } from 'vitest';
import { crisisHelp, references, supporterGuide, type LearnPage, type Reference } from '../index.ts';

const textOf = (page: LearnPage): string[] =>
  page.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [b.text])).map((t) => (/[.!?:”]$/.test(t) ? t : `${t}.`));

/** Syllables by vowel groups, the usual estimate: a silent final "e" is dropped, every word has at least one. */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const groups = w
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '')
    .match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Flesch–Kincaid grade level of a page's text. */
function grade(sentencesText: string): number {
  const sentences = sentencesText.split(/[.!?]+(?:\s|$)|:\s/).filter((s) => /[a-z]/i.test(s));
  const words = sentencesText.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syl / words.length) - 15.59;
}

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

  it.each(supporterGuide.map((p) => [p.id, p] as const))('%s reads at grade 8 or below', (_id, page) => {
    expect(grade(textOf(page).join(' '))).toBeLessThanOrEqual(8);
  });

  it('measures reading level in a way that tells easy text from hard text', () => {
    expect(grade('You are not alone. We can talk. I will stay with you.')).toBeLessThan(3);
    expect(grade('Comprehensive psychotherapeutic interventions necessitate multidisciplinary collaboration and individualised formulation.')).toBeGreaterThan(
      12,
    );
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

  it('covers what supporters need, in order: what it is, responding, no demands, suicide, medical care, emergencies, self-care, support', () => {
    const all = supporterGuide.map((p) => `${p.title} ${textOf(p).join(' ')}`);
    const order = [
      /what self-harm is/i,
      /without panic or judgement/i,
      /promise/i,
      /does not put the idea in someone’s head/i,
      /medical help/i,
      /emergency number/i,
      /looking after yourself/i,
      /support/i,
    ];
    order.forEach((pattern, i) => expect(all[i], String(pattern)).toMatch(pattern));
  });

  it('links to Help now for the numbers, and says there is hope', () => {
    const emergency = supporterGuide.find((p) => p.id === 'supporting-emergency');
    expect(emergency?.blocks.some((b) => b.kind === 'tool' && b.to.screen === 'help')).toBe(true);
    expect(textOf(supporterGuide[0] as LearnPage).join(' ')).toMatch(/Recovery is possible, and it is common/);
  });
});
