// Crisis lines in the person's language: the order every list uses, the note for lines in other languages, and the
// 988 Lifeline's way in for Spanish (docs/clinical-rules.md rule 2).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crisisHelp, crisisLineLanguages, languages, type Language } from '@ebb/content';
import { answersIn, helpInLanguage, languagesToSay, linesForLanguage, reachIn } from './lines-for-language.ts';

const country = (code: string) => crisisHelp.find((c) => c.code === code)!;
const ids = (lines: readonly { id: string }[]) => lines.map((l) => l.id);
const lineIds = crisisHelp.flatMap((c) => ids(c.lines));

describe('linesForLanguage', () => {
  it('keeps the written order where every line answers in the language', () => {
    expect(ids(linesForLanguage(country('US').lines, 'en'))).toEqual(['us-988', 'us-crisis-text-line']);
    expect(ids(linesForLanguage(country('CA').lines, 'fr'))).toEqual(['ca-988', 'ca-kids-help-phone']);
  });

  it('puts the lines that answer in the language first: in French in Canada and in the US, English-only lines last', () => {
    const mixed = [...country('US').lines, ...country('CA').lines].reverse();
    // Kids Help Phone and 9-8-8 answer in French; the US lines answer in English and Spanish.
    expect(ids(linesForLanguage(mixed, 'fr'))).toEqual(['ca-kids-help-phone', 'ca-988', 'us-crisis-text-line', 'us-988']);
    expect(ids(linesForLanguage(mixed, 'es'))).toEqual(['us-crisis-text-line', 'us-988', 'ca-kids-help-phone', 'ca-988']);
    expect(ids(linesForLanguage([...country('DE').lines, ...country('GB').lines], 'en'))).toEqual([...ids(country('GB').lines), 'de-telefonseelsorge']);
  });

  it('keeps the order of lines that all answer in other languages (Germany in English)', () => {
    const lines = [...country('GB').lines, ...country('DE').lines].reverse();
    expect(ids(linesForLanguage(lines, 'en'))).toEqual([...ids(country('GB').lines).reverse(), 'de-telefonseelsorge']);
  });

  const someLines = fc.array(fc.constantFrom(...lineIds, 'xx-unknown'), { maxLength: 12 }).map((picked) => picked.map((id, i) => ({ id, n: i })));

  it('is a stable permutation: same lines, lines in the language first, each group in its given order', () => {
    fc.assert(
      fc.property(someLines, fc.constantFrom(...languages), (lines, language: Language) => {
        const ordered = linesForLanguage(lines, language);
        expect([...ordered].sort((a, b) => a.n - b.n)).toEqual(lines);
        const firstOther = ordered.findIndex((l) => !answersIn(l.id, language));
        const inLanguage = firstOther === -1 ? ordered : ordered.slice(0, firstOther);
        const others = firstOther === -1 ? [] : ordered.slice(firstOther);
        expect(inLanguage.every((l) => answersIn(l.id, language))).toBe(true);
        expect(others.every((l) => !answersIn(l.id, language))).toBe(true);
        for (const group of [inLanguage, others]) expect(group.map((l) => l.n)).toEqual(group.map((l) => l.n).sort((a, b) => a - b));
      }),
    );
  });
});

describe('languagesToSay', () => {
  it('says nothing for a line that answers only in the language', () => {
    expect(languagesToSay('fr-3114', 'fr')).toBeUndefined();
    expect(languagesToSay('gb-samaritans', 'en')).toBeUndefined();
  });

  it('names the languages of a line that does not answer in the language', () => {
    expect(languagesToSay('de-telefonseelsorge', 'en')).toEqual(['de']);
    expect(languagesToSay('ca-988', 'es')).toEqual(['en', 'fr']);
    expect(languagesToSay('fr-3114', 'es')).toEqual(['fr']);
  });

  it('names every language of a line that answers in several, this one among them', () => {
    expect(languagesToSay('ca-988', 'fr')).toEqual(['en', 'fr']);
    expect(languagesToSay('us-988', 'es')).toEqual(['en', 'es']);
  });

  it('leaves out the note exactly for lines that answer in this language alone', () => {
    for (const id of lineIds) {
      for (const language of languages) {
        const spoken = crisisLineLanguages[id]!.languages;
        expect(languagesToSay(id, language) === undefined, `${id} in ${language}`).toBe(spoken.length === 1 && spoken[0] === language);
      }
    }
  });
});

describe('reachIn', () => {
  const us988 = country('US').lines.find((l) => l.id === 'us-988')!;

  it('offers the 988 Lifeline in Spanish first: call and press 2, text AYUDA, then the chat', () => {
    expect(reachIn(us988, 'es')).toEqual([
      { kind: 'call', number: '988', display: '988', press: '2' },
      { kind: 'text', number: '988', display: '988', keyword: 'AYUDA' },
      { kind: 'chat', url: 'https://988lifeline.org/chat/' },
    ]);
  });

  it('leaves the ways unchanged where the line has no way in for the language', () => {
    expect(reachIn(us988, 'en')).toBe(us988.reach);
    expect(reachIn(us988, 'fr')).toBe(us988.reach);
  });

  it('never loses a way to reach a line: each plain way is kept or replaced by a way in to the same number', () => {
    for (const line of crisisHelp.flatMap((c) => c.lines)) {
      for (const language of languages) {
        const ways = reachIn(line, language).map((r) => (r.kind === 'chat' ? r.url : `${r.kind}:${r.number}`));
        expect(ways.sort()).toEqual(line.reach.map((r) => (r.kind === 'chat' ? r.url : `${r.kind}:${r.number}`)).sort());
      }
    }
  });
});

describe('helpInLanguage', () => {
  it('orders the lines and gives each its way in, keeping the rest of the country as it is', () => {
    const us = helpInLanguage(country('US'), 'es');
    expect(ids(us.lines)).toEqual(['us-988', 'us-crisis-text-line']);
    expect(us.lines[0]?.reach[0]).toEqual({ kind: 'call', number: '988', display: '988', press: '2' });
    expect(us.emergency).toBe(country('US').emergency);
    expect(helpInLanguage(country('DE'), 'en').lines).toEqual(country('DE').lines);
  });
});
