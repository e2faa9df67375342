// The guide for supporters is held to the Learn pages' checks: no unsafe wording and no method or implement in
// English, Spanish and French, Flesch–Kincaid grade 8 or below in English and a reading ease of 60 or more in
// Spanish and French; its ids never collide with a Learn page's, since both live under /learn/<id>.
import { describe, expect, it } from 'vitest';
import {
  learnPages,
  methodRulesEncoded,
  methodRulesEncodedEs,
  methodRulesEncodedFr,
  supporterGuide,
  supporterGuideEs,
  supporterGuideFr,
  type Language,
  type LearnPage,
} from '@ebb/content';
import { compileRules, findUnsafeLanguage } from '../safe-language/find-unsafe-language.ts';
import { fleschKincaidGrade } from './reading-grade.ts';
import { readingEase } from './reading-ease.ts';

const pieces = (page: LearnPage): string[] => [page.title, page.summary, ...page.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [b.text]))];
const methodRules = compileRules([], methodRulesEncoded);
const pages = supporterGuide.map((p) => [p.id, p] as const);

/** Each language's guide with its method rules (Spanish and French text is held to the English ones too). */
const everyLanguage: readonly (readonly [Language, readonly LearnPage[], ReturnType<typeof compileRules>])[] = [
  ['en', supporterGuide, methodRules],
  ['es', supporterGuideEs, compileRules([], [...methodRulesEncodedEs, ...methodRulesEncoded])],
  ['fr', supporterGuideFr, compileRules([], [...methodRulesEncodedFr, ...methodRulesEncoded])],
];
const pagesInEveryLanguage = everyLanguage.flatMap(([language, list, rules]) => list.map((page) => [`${language}/${page.id}`, language, page, rules] as const));
const translatedPages = pagesInEveryLanguage.flatMap(([id, language, page]) => (language === 'en' ? [] : [[id, language, page] as const]));

describe('the guide for supporters: words', () => {
  it.each(pagesInEveryLanguage)('%s has no unsafe wording', (_id, language, page) => {
    const hits = pieces(page).flatMap((text) => findUnsafeLanguage(text, language).map((m) => `${m.kind}: "${m.found}" in "${text}"`));
    expect(hits).toEqual([]);
  });

  it.each(pagesInEveryLanguage)('%s names no method or implement', (_id, _language, page, rules) => {
    // Reported by piece index only, so a failure never prints method wording (docs/clinical-rules.md rule 3).
    const hits = pieces(page).flatMap((text, index) => (findUnsafeLanguage(text, rules).length > 0 ? [index] : []));
    expect(hits).toEqual([]);
  });

  // Fernández-Huerta and Kandel–Moles put plain text a 13- to 15-year-old reads at 60 to 70, as grade 8 does in English.
  it.each(translatedPages)('%s reads at an ease of 60 or more', (_id, language, page) => {
    expect(readingEase(pieces(page), language)).toBeGreaterThanOrEqual(60);
  });

  it.each(pages)('%s reads at grade 8 or below', (_id, page) => {
    expect(fleschKincaidGrade(pieces(page))).toBeLessThanOrEqual(8);
  });

  it('shares no id with a Learn page', () => {
    const learnIds = new Set(learnPages.map((p) => p.id));
    expect(supporterGuide.map((p) => p.id).filter((id) => learnIds.has(id))).toEqual([]);
  });
});
