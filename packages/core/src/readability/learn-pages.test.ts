// Every Learn page passes the safe-language scan, names no method or implement (the encoded method rules on their
// own), and reads at Flesch–Kincaid grade 8 or below, so a 13-year-old can manage it. Lives in core because the
// scanner does; the pages are content's.
import { describe, expect, it } from 'vitest';
import { learnPages, methodRulesEncoded, type LearnPage } from '@ebb/content';
import { compileRules, findUnsafeLanguage } from '../safe-language/find-unsafe-language.ts';
import { shouldFlagEncoded } from '../safe-language/language-corpus.ts';
import { fleschKincaidGrade } from './reading-grade.ts';

/** The words a person reads on a page, one piece per paragraph, heading, list item and link. */
const pieces = (page: LearnPage): string[] => [page.title, page.summary, ...page.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [b.text]))];

const methodRules = compileRules([], methodRulesEncoded);
const pages = learnPages.map((p) => [p.id, p] as const);
const gradeCap = 8;

describe('learn pages: words', () => {
  it.each(pages)('%s has no unsafe wording', (_id, page) => {
    const hits = pieces(page).flatMap((text) => findUnsafeLanguage(text).map((m) => `${m.kind}: "${m.found}" in "${text}"`));
    expect(hits).toEqual([]);
  });

  it.each(pages)('%s names no method or implement', (_id, page) => {
    // Reported by piece index only, so a failure never prints method wording (docs/clinical-rules.md rule 3).
    const hits = pieces(page).flatMap((text, index) => (findUnsafeLanguage(text, methodRules).length > 0 ? [index] : []));
    expect(hits).toEqual([]);
  });

  it.each(pages)(`%s reads at grade ${gradeCap} or below`, (_id, page) => {
    expect(fleschKincaidGrade(pieces(page))).toBeLessThanOrEqual(gradeCap);
  });

  it('the checks would catch a label and a method phrase', () => {
    expect(findUnsafeLanguage('Many self-harmers find this helps.')).not.toEqual([]);
    const missed = shouldFlagEncoded.filter((encoded) => findUnsafeLanguage(`You could try this: ${atob(encoded)}.`, methodRules).length === 0);
    expect(missed).toEqual([]);
  });
});
