// The safe-language scanner against its English, Spanish and French corpora, and the scan of every content set
// (docs/clinical-rules.md rules 3–6, 11).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as content from '@ebb/content';
import type { EncodedRule, Language, LanguageRule } from '@ebb/content';
import { collectStrings, compileRules, decodeBase64, findUnsafeLanguage, normaliseForScan } from './find-unsafe-language.ts';
import { shouldFlag, shouldFlagEncoded, shouldPass } from './language-corpus.ts';
import { shouldFlagEncodedEs, shouldFlagEs, shouldPassEs } from './language-corpus-es.ts';
import { shouldFlagEncodedFr, shouldFlagFr, shouldPassFr } from './language-corpus-fr.ts';

const describeHits = (text: string, language: Language = 'en') => findUnsafeLanguage(text, language).map((m) => `${m.kind}: "${m.found}"`);

/** Each language's own rules and corpus; `least` is how many phrases of each sort pin the rules down. */
const corpora = [
  {
    language: 'en',
    readable: content.languageRules,
    encoded: content.methodRulesEncoded,
    flag: shouldFlag,
    flagEncoded: shouldFlagEncoded,
    pass: shouldPass,
    least: 60,
  },
  {
    language: 'es',
    readable: content.languageRulesEs,
    encoded: content.methodRulesEncodedEs,
    flag: shouldFlagEs,
    flagEncoded: shouldFlagEncodedEs,
    pass: shouldPassEs,
    least: 40,
  },
  {
    language: 'fr',
    readable: content.languageRulesFr,
    encoded: content.methodRulesEncodedFr,
    flag: shouldFlagFr,
    flagEncoded: shouldFlagEncodedFr,
    pass: shouldPassFr,
    least: 40,
  },
] as const;

describe.each(corpora)('the $language corpus', ({ language, readable, encoded, flag, flagEncoded, pass, least }) => {
  it(`is large enough to pin the rules down (at least ${least} of each)`, () => {
    expect(flag.length + flagEncoded.length).toBeGreaterThanOrEqual(least);
    expect(pass.length).toBeGreaterThanOrEqual(least);
    expect(flagEncoded.length).toBeGreaterThanOrEqual(least / 3);
  });

  it('flags every should-flag phrase', () => {
    expect(flag.filter((text) => findUnsafeLanguage(text, language).length === 0)).toEqual([]);
  });

  it('flags every should-flag method phrase, which is stored encoded', () => {
    // Failures are reported by index, so the test output does not print method wording either.
    const missed = flagEncoded.flatMap((phrase, index) => (findUnsafeLanguage(decodeBase64(phrase), language).length === 0 ? [index] : []));
    expect(missed).toEqual([]);
    const notAsMethod = flagEncoded.flatMap((phrase, index) =>
      findUnsafeLanguage(decodeBase64(phrase), language).some((m) => m.kind === 'method') ? [] : [index],
    );
    expect(notAsMethod).toEqual([]);
  });

  it('lets every should-pass phrase through', () => {
    expect(pass.filter((text) => findUnsafeLanguage(text, language).length > 0).map((text) => `${text} → ${describeHits(text, language).join(', ')}`)).toEqual(
      [],
    );
  });

  describe('every rule and every exception of the language is pinned by its corpus', () => {
    const flagged = [...flag, ...flagEncoded.map(decodeBase64)];
    const flags = (rules: ReturnType<typeof compileRules>, texts: readonly string[]) => texts.some((text) => findUnsafeLanguage(text, rules).length > 0);
    const withoutException = <R extends LanguageRule | EncodedRule>(rule: R, index: number): R => ({
      ...rule,
      except: rule.except?.filter((_e, i) => i !== index) ?? [],
    });

    it('each rule flags at least one should-flag phrase', () => {
      // A rule no phrase exercises could be wrong in either direction without any test noticing.
      expect(readable.flatMap((rule, i) => (flags(compileRules([rule], []), flagged) ? [] : [`language rule ${i}: ${rule.pattern.slice(0, 60)}`]))).toEqual([]);
      expect(encoded.flatMap((rule, i) => (flags(compileRules([], [rule]), flagged) ? [] : [`method rule ${i}`]))).toEqual([]);
    });

    it('each exception is what lets at least one should-pass phrase through', () => {
      // Without the exception, some should-pass phrase is flagged: so every allowance is deliberate and shown.
      const unneeded = [
        ...readable.flatMap((rule, i) =>
          (rule.except ?? []).flatMap((e, j) => (flags(compileRules([withoutException(rule, j)], []), pass) ? [] : [`language rule ${i}: ${e}`])),
        ),
        ...encoded.flatMap((rule, i) =>
          (rule.except ?? []).flatMap((_e, j) => (flags(compileRules([], [withoutException(rule, j)]), pass) ? [] : [`method rule ${i}, exception ${j}`])),
        ),
      ];
      expect(unneeded).toEqual([]);
    });
  });

  describe('context', () => {
    const safe = fc.constantFrom(...pass);
    const unsafe = fc.constantFrom(...flag, ...flagEncoded.map(decodeBase64));
    const sentence = (text: string) => (/[.!?”"]$/.test(text) ? text : `${text}.`);

    it('cannot hide an unsafe phrase: it is flagged whatever safe sentences surround it', () => {
      fc.assert(
        fc.property(fc.array(safe, { maxLength: 3 }), unsafe, fc.array(safe, { maxLength: 3 }), (before, phrase, after) => {
          expect(findUnsafeLanguage([...before, phrase, ...after].map(sentence).join(' '), language).length).toBeGreaterThan(0);
        }),
      );
    });

    it('does not make safe sentences unsafe by putting them side by side', () => {
      fc.assert(
        fc.property(fc.array(safe, { minLength: 2, maxLength: 5 }), (sentences) => {
          expect(findUnsafeLanguage(sentences.map(sentence).join(' '), language)).toEqual([]);
        }),
      );
    });
  });
});

describe('Spanish and French text', () => {
  it('is held to the English rules too, since it quotes English names and untranslated words', () => {
    expect(describeHits('Llama a la Suicide Crisis Helpline: no eres un self-harmer.', 'es')).toEqual(['person-label: "self-harmer"']);
    expect(describeHits('30 days clean', 'fr')).toEqual(['clean-streak-guilt: "30 days clean"']);
    const english = decodeBase64(shouldFlagEncoded[0]!);
    expect(findUnsafeLanguage(`Dice: ${english}`, 'es').some((m) => m.kind === 'method')).toBe(true);
  });

  it("is not held to another language's rules: English text is scanned with English rules only", () => {
    expect(findUnsafeLanguage('Se suicidó.')).toEqual([]);
    expect(findUnsafeLanguage('Se suicidó.', 'es')).toHaveLength(1);
    expect(findUnsafeLanguage("Elle s'est suicidée.", 'es')).toEqual([]);
  });

  it('matches whole words with accents: no boundary inside "suicidó", and one after it', () => {
    // An ASCII `\b` sees "ó" as a non-letter: a stem would match inside the word, and a word ending in "ó"
    // would never match before a space.
    const rule = (pattern: string) => compileRules([{ kind: 'suicide-wording', pattern, instead: '' }], []);
    expect(findUnsafeLanguage('se suicidó', rule('suicid'))).toEqual([]);
    expect(findUnsafeLanguage('Dicen que se suicidó ayer.', rule('se suicidó')).map((m) => m.found)).toEqual(['se suicidó']);
    expect(findUnsafeLanguage('un échec', rule('échec'))).toHaveLength(1);
    expect(findUnsafeLanguage('Épidémie', 'fr').map((m) => m.found)).toEqual(['Épidémie']);
  });

  it('reads an accent typed as a combining mark as the same letter', () => {
    expect(findUnsafeLanguage('se suicido\u0301', 'es')).toHaveLength(1);
    expect(findUnsafeLanguage('un suicide re\u0301ussi', 'fr')).toHaveLength(1);
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
    const text = `Hanging out with friends helps. ${decodeBase64(shouldFlagEncoded[0]!)}`;
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
  const rules = new Set(['languageRules', 'methodRulesEncoded', 'languageRulesEs', 'methodRulesEncodedEs', 'languageRulesFr', 'methodRulesEncodedFr']);
  const scanned = Object.entries(content).filter(([name]) => !rules.has(name));
  /** A Spanish or French set is named for its language ("skillsEs", "learnPagesFr") and scanned with its rules. */
  const languageOf = (name: string): Language => (name.endsWith('Es') ? 'es' : name.endsWith('Fr') ? 'fr' : 'en');

  it('includes the content sets Ebb shows', () => {
    expect(scanned.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'crisisHelp',
        'medicalHelp',
        'planSections',
        'skills',
        'sayToMe',
        'references',
        'skillsEs',
        'learnPagesEs',
        'skillsFr',
        'learnPagesFr',
      ]),
    );
  });

  it.each(scanned)('%s contains no unsafe wording', (name, value) => {
    const problems = collectStrings(value).flatMap((text) => describeHits(text, languageOf(name)).map((hit) => `${hit} in "${text}"`));
    expect(problems).toEqual([]);
  });
});
