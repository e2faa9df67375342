// Every Learn page, in English, Spanish and French, passes the safe-language scan of its language, names no method or
// implement (the encoded method rules on their own), and reads plainly enough for a 13-year-old: Flesch–Kincaid
// grade 8 or below in English, a reading ease of 60 or more in Spanish (Fernández-Huerta) and French
// (Kandel–Moles). Lives in core because the scanner does; the pages are content's.
import { describe, expect, it } from 'vitest';
import {
  learnPages,
  learnPagesEs,
  learnPagesFr,
  methodRulesEncoded,
  methodRulesEncodedEs,
  methodRulesEncodedFr,
  type Language,
  type LearnPage,
} from '@ebb/content';
import { compileRules, decodeBase64, findUnsafeLanguage } from '../safe-language/find-unsafe-language.ts';
import { shouldFlagEncoded } from '../safe-language/language-corpus.ts';
import { shouldFlagEncodedEs } from '../safe-language/language-corpus-es.ts';
import { shouldFlagEncodedFr } from '../safe-language/language-corpus-fr.ts';
import { fleschKincaidGrade } from './reading-grade.ts';
import { readingEase } from './reading-ease.ts';

/** The words a person reads on a page, one piece per paragraph, heading, list item and link. */
const pieces = (page: LearnPage): string[] => [page.title, page.summary, ...page.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [b.text]))];

const methodRules = compileRules([], methodRulesEncoded);
const pages = learnPages.map((p) => [p.id, p] as const);
const gradeCap = 8;

/** Each language's pages with its method rules (Spanish and French text is held to the English ones too). */
const everyLanguage: readonly (readonly [Language, readonly LearnPage[], ReturnType<typeof compileRules>])[] = [
  ['en', learnPages, methodRules],
  ['es', learnPagesEs, compileRules([], [...methodRulesEncodedEs, ...methodRulesEncoded])],
  ['fr', learnPagesFr, compileRules([], [...methodRulesEncodedFr, ...methodRulesEncoded])],
];
const pagesInEveryLanguage = everyLanguage.flatMap(([language, list, rules]) => list.map((page) => [`${language}/${page.id}`, language, page, rules] as const));
const translatedPages = pagesInEveryLanguage.flatMap(([id, language, page]) => (language === 'en' ? [] : [[id, language, page] as const]));

describe('learn pages: words', () => {
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

  it.each(pages)(`%s reads at grade ${gradeCap} or below`, (_id, page) => {
    expect(fleschKincaidGrade(pieces(page))).toBeLessThanOrEqual(gradeCap);
  });

  it('the checks would catch a label and a method phrase, in every language', () => {
    expect(findUnsafeLanguage('Many self-harmers find this helps.')).not.toEqual([]);
    expect(findUnsafeLanguage('Muchos autolesionadores lo notan.', 'es')).not.toEqual([]);
    expect(findUnsafeLanguage('Un suicidaire le dit souvent.', 'fr')).not.toEqual([]);
    const corpora = [shouldFlagEncoded, shouldFlagEncodedEs, shouldFlagEncodedFr] as const;
    const missed = everyLanguage.map(([, , rules], i) =>
      corpora[i]!.flatMap((encoded, index) => (findUnsafeLanguage(`${decodeBase64(encoded)}.`, rules).length === 0 ? [index] : [])),
    );
    expect(missed).toEqual([[], [], []]);
  });
});
