// The safe-language scanner against its corpus, and the scan of every content set (docs/clinical-rules.md rules 3–6, 11).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as content from '@ebb/content';
import type { EncodedRule, LanguageRule } from '@ebb/content';
import { collectStrings, compileRules, findUnsafeLanguage, normaliseForScan } from './find-unsafe-language.ts';
import { shouldFlag, shouldFlagEncoded, shouldPass } from './language-corpus.ts';

const describeHits = (text: string) => findUnsafeLanguage(text).map((m) => `${m.kind}: "${m.found}"`);

describe('the corpus', () => {
  it('is large enough to pin the rules down (at least 60 of each)', () => {
    expect(shouldFlag.length + shouldFlagEncoded.length).toBeGreaterThanOrEqual(60);
    expect(shouldPass.length).toBeGreaterThanOrEqual(60);
    expect(shouldFlagEncoded.length).toBeGreaterThanOrEqual(40);
  });

  it('flags every should-flag phrase', () => {
    expect(shouldFlag.filter((text) => findUnsafeLanguage(text).length === 0)).toEqual([]);
  });

  it('flags every should-flag method phrase, which is stored encoded', () => {
    // Failures are reported by index, so the test output does not print method wording either.
    const missed = shouldFlagEncoded.flatMap((encoded, index) => (findUnsafeLanguage(atob(encoded)).length === 0 ? [index] : []));
    expect(missed).toEqual([]);
    const notAsMethod = shouldFlagEncoded.flatMap((encoded, index) => (findUnsafeLanguage(atob(encoded)).some((m) => m.kind === 'method') ? [] : [index]));
    expect(notAsMethod).toEqual([]);
  });

  it('lets every should-pass phrase through', () => {
    expect(shouldPass.filter((text) => findUnsafeLanguage(text).length > 0).map((text) => `${text} → ${describeHits(text).join(', ')}`)).toEqual([]);
  });
});

describe('every rule and every exception is pinned by the corpus', () => {
  const { languageRules, methodRulesEncoded } = content;
  const flagged = [...shouldFlag, ...shouldFlagEncoded.map((encoded) => atob(encoded))];
  const flags = (rules: ReturnType<typeof compileRules>, texts: readonly string[]) => texts.some((text) => findUnsafeLanguage(text, rules).length > 0);
  const withoutException = <R extends LanguageRule | EncodedRule>(rule: R, index: number): R => ({
    ...rule,
    except: rule.except?.filter((_e, i) => i !== index) ?? [],
  });

  it('each rule flags at least one should-flag phrase', () => {
    // A rule no phrase exercises could be wrong in either direction without any test noticing.
    expect(languageRules.flatMap((rule, i) => (flags(compileRules([rule], []), flagged) ? [] : [`language rule ${i}: ${rule.pattern.slice(0, 60)}`]))).toEqual(
      [],
    );
    expect(methodRulesEncoded.flatMap((rule, i) => (flags(compileRules([], [rule]), flagged) ? [] : [`method rule ${i}`]))).toEqual([]);
  });

  it('each exception is what lets at least one should-pass phrase through', () => {
    // Without the exception, some should-pass phrase is flagged: so every allowance is deliberate and shown.
    const unneeded = [
      ...languageRules.flatMap((rule, i) =>
        (rule.except ?? []).flatMap((e, j) => (flags(compileRules([withoutException(rule, j)], []), shouldPass) ? [] : [`language rule ${i}: ${e}`])),
      ),
      ...methodRulesEncoded.flatMap((rule, i) =>
        (rule.except ?? []).flatMap((_e, j) => (flags(compileRules([], [withoutException(rule, j)]), shouldPass) ? [] : [`method rule ${i}, exception ${j}`])),
      ),
    ];
    expect(unneeded).toEqual([]);
  });
});

describe('context', () => {
  const safe = fc.constantFrom(...shouldPass);
  const unsafe = fc.constantFrom(...shouldFlag, ...shouldFlagEncoded.map((encoded) => atob(encoded)));
  const sentence = (text: string) => (/[.!?”"]$/.test(text) ? text : `${text}.`);

  it('cannot hide an unsafe phrase: it is flagged whatever safe sentences surround it', () => {
    fc.assert(
      fc.property(fc.array(safe, { maxLength: 3 }), unsafe, fc.array(safe, { maxLength: 3 }), (before, phrase, after) => {
        expect(findUnsafeLanguage([...before, phrase, ...after].map(sentence).join(' ')).length).toBeGreaterThan(0);
      }),
    );
  });

  it('does not make safe sentences unsafe by putting them side by side', () => {
    fc.assert(
      fc.property(fc.array(safe, { minLength: 2, maxLength: 5 }), (sentences) => {
        expect(findUnsafeLanguage(sentences.map(sentence).join(' '))).toEqual([]);
      }),
    );
  });
});

describe('findUnsafeLanguage', () => {
  it('says what was found, what kind of wording it is and what to say instead', () => {
    expect(findUnsafeLanguage('He committed suicide.')).toEqual([
      { found: 'committed suicide', kind: 'suicide-wording', instead: 'died by suicide / ended their life' },
    ]);
    expect(findUnsafeLanguage('a Self-Harmer')[0]).toMatchObject({ found: 'Self-Harmer', kind: 'person-label' });
    expect(findUnsafeLanguage('30 days clean!')[0]?.instead).toBe('self-harm-free days');
  });

  it('flags an unsafe use beside an everyday one in the same text', () => {
    const text = `Hanging out with friends helps. ${atob(shouldFlagEncoded[0]!)}`;
    expect(findUnsafeLanguage(text)).toHaveLength(1);
    expect(findUnsafeLanguage('Keep the area clean. You have been clean for 3 weeks.').map((m) => m.found)).toEqual(['been clean', 'clean for 3 weeks']);
  });

  it('is not fooled by curly quotes, non-breaking spaces, Unicode hyphens, soft hyphens or line breaks', () => {
    expect(findUnsafeLanguage('commit\u00a0suicide')).toHaveLength(1);
    expect(findUnsafeLanguage('a self\u2011harmer')).toHaveLength(1);
    expect(findUnsafeLanguage('self-mu\u00adtilation')).toHaveLength(1);
    expect(findUnsafeLanguage('you\u2019re clean now')).toHaveLength(1);
    expect(findUnsafeLanguage('your\nstreak')).toHaveLength(1);
    // …and a line break does not split an everyday phrase into a flagged word.
    expect(findUnsafeLanguage('We were hanging out all day.'.replace(' out', '\nout'))).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(findUnsafeLanguage('The epidemiology of recovery; a streaky sky; cleanliness.')).toEqual([]);
    expect(normaliseForScan('a\u00a0b\n\nc')).toBe('a b c');
  });

  it('collects every string in nested content', () => {
    expect(collectStrings({ a: 'x', b: ['y', { c: 'z' }], d: 3 })).toEqual(['x', 'y', 'z']);
  });
});

describe('every content set', () => {
  // Everything @ebb/content exports, so a new content set is scanned without being listed here. The rule
  // lists themselves are the only exports left out: they name what they forbid.
  const rules = new Set(['languageRules', 'methodRulesEncoded']);
  const scanned = Object.entries(content).filter(([name]) => !rules.has(name));

  it('includes the content sets Ebb shows', () => {
    expect(scanned.map(([name]) => name)).toEqual(expect.arrayContaining(['crisisHelp', 'medicalHelp', 'planSections', 'skills', 'sayToMe', 'references']));
  });

  it.each(scanned)('%s contains no unsafe wording', (_name, value) => {
    const problems = collectStrings(value).flatMap((text) => describeHits(text).map((hit) => `${hit} in "${text}"`));
    expect(problems).toEqual([]);
  });
});
