// Every Learn page passes the safe-language scan (method words included) and reads at Flesch–Kincaid grade 8 or
// below, so a 13-year-old can manage it. Lives in core because the scanner does; the pages are content's.
import { describe, expect, it } from 'vitest';
import { learnPages, type LearnPage } from '@ebb/content';
import { findUnsafeLanguage } from '../safe-language/find-unsafe-language.ts';
import { fleschKincaidGrade } from './reading-grade.ts';

/** The words a person reads on a page, one piece per paragraph, heading, list item and link. */
const pieces = (page: LearnPage): string[] => [page.title, page.summary, ...page.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [b.text]))];

const gradeCap = 8;

describe('learn pages: words', () => {
  it.each(learnPages.map((p) => [p.id, p] as const))('%s has no unsafe wording and no method detail', (_id, page) => {
    const hits = pieces(page).flatMap((text) =>
      findUnsafeLanguage(text).map((m) => (m.kind === 'method' ? 'method wording' : `${m.kind}: "${m.found}" in "${text}"`)),
    );
    expect(hits).toEqual([]);
  });

  it.each(learnPages.map((p) => [p.id, p] as const))(`%s reads at grade ${gradeCap} or below`, (_id, page) => {
    expect(fleschKincaidGrade(pieces(page))).toBeLessThanOrEqual(gradeCap);
  });

  it('the scan would catch a label or a method word on a page', () => {
    expect(findUnsafeLanguage('Many self-harmers find this helps.')).not.toEqual([]);
  });
});
