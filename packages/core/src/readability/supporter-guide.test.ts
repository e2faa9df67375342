// The guide for supporters is held to the Learn pages' checks: no unsafe wording, no method or implement, and
// Flesch–Kincaid grade 8 or below; its ids never collide with a Learn page's, since both live under /learn/<id>.
import { describe, expect, it } from 'vitest';
import { learnPages, methodRulesEncoded, supporterGuide, type LearnPage } from '@ebb/content';
import { compileRules, findUnsafeLanguage } from '../safe-language/find-unsafe-language.ts';
import { fleschKincaidGrade } from './reading-grade.ts';

const pieces = (page: LearnPage): string[] => [page.title, page.summary, ...page.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [b.text]))];
const methodRules = compileRules([], methodRulesEncoded);
const pages = supporterGuide.map((p) => [p.id, p] as const);

describe('the guide for supporters: words', () => {
  it.each(pages)('%s has no unsafe wording', (_id, page) => {
    const hits = pieces(page).flatMap((text) => findUnsafeLanguage(text).map((m) => `${m.kind}: "${m.found}" in "${text}"`));
    expect(hits).toEqual([]);
  });

  it.each(pages)('%s names no method or implement', (_id, page) => {
    // Reported by piece index only, so a failure never prints method wording (docs/clinical-rules.md rule 3).
    const hits = pieces(page).flatMap((text, index) => (findUnsafeLanguage(text, methodRules).length > 0 ? [index] : []));
    expect(hits).toEqual([]);
  });

  it.each(pages)('%s reads at grade 8 or below', (_id, page) => {
    expect(fleschKincaidGrade(pieces(page))).toBeLessThanOrEqual(8);
  });

  it('shares no id with a Learn page', () => {
    const learnIds = new Set(learnPages.map((p) => p.id));
    expect(supporterGuide.map((p) => p.id).filter((id) => learnIds.has(id))).toEqual([]);
  });
});
