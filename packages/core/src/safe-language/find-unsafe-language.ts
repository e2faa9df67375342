// Scans user-facing text for wording Ebb must never use (docs/clinical-rules.md rules 3–6, 11 and 13), in English, Spanish
// or French. Used by the content and catalogue tests and by the scan of the built app; the rules live in @ebb/content.
import {
  languageRules,
  languageRulesEs,
  languageRulesFr,
  methodRulesEncoded,
  methodRulesEncodedEs,
  methodRulesEncodedFr,
  type EncodedRule,
  type Language,
  type LanguageRule,
  type LanguageRuleKind,
} from '@ebb/content';

export interface UnsafeMatch {
  /** The matched text as it appears (after spaces and quotes are normalised). */
  found: string;
  kind: LanguageRuleKind;
  /** What to write instead (for method wording: leave the detail out). */
  instead: string;
}

export interface CompiledRule {
  pattern: RegExp;
  except: readonly RegExp[];
  kind: LanguageRuleKind;
  instead: string;
}

/**
 * Whole words, case-insensitive, in any script. JavaScript's `\b` knows only ASCII letters, so it would find a
 * word boundary inside "suicidó" or "échec"; these lookarounds treat every letter, combining mark and digit
 * as part of a word instead. They sit outside the group so alternatives cannot match inside a word. For
 * English the two agree wherever a match begins and ends with a letter or digit, which every English rule does.
 */
const wholeWords = (source: string) => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])(?:${source})(?![\\p{L}\\p{M}\\p{N}_])`, 'giu');

const compile = (rule: LanguageRule): CompiledRule => ({
  pattern: wholeWords(rule.pattern),
  except: (rule.except ?? []).map(wholeWords),
  kind: rule.kind,
  instead: rule.instead,
});

/** base64 of UTF-8 text: Spanish and French rules and phrases hold accented letters, which `atob` alone would split into bytes. */
export const decodeBase64 = (encoded: string): string => new TextDecoder().decode(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0)));

/** Readable and encoded rules, ready to match. Exported so tests can try one rule on its own. */
export function compileRules(readable: readonly LanguageRule[], encoded: readonly EncodedRule[]): CompiledRule[] {
  return [
    ...readable.map(compile),
    ...encoded.map((rule) =>
      compile({
        kind: 'method',
        pattern: decodeBase64(rule.pattern),
        ...(rule.except ? { except: rule.except.map(decodeBase64) } : {}),
        instead: 'no method detail: leave it out',
      }),
    ),
  ];
}

const english = compileRules(languageRules, methodRulesEncoded);

/**
 * The rules each language's text is held to. Spanish and French text is also held to every English rule:
 * it quotes English (a service's name, an app's name, words a translator has not reached yet, which stay
 * English until they do), and an English method word is no safer inside a Spanish sentence. The English
 * rules are English phrases and stems that do not occur inside Spanish or French wording (checked against
 * every Spanish and French content set and catalogue), so they cost no false flags. The reverse does not
 * hold: a French method noun can be an everyday English word, so English text keeps English rules only.
 */
export const rulesByLanguage: Readonly<Record<Language, readonly CompiledRule[]>> = {
  en: english,
  es: [...compileRules(languageRulesEs, methodRulesEncodedEs), ...english],
  fr: [...compileRules(languageRulesFr, methodRulesEncodedFr), ...english],
};

/** Only the method rules of every language, for scanning files whose words are code and comments. */
export const methodRulesEveryLanguage: readonly CompiledRule[] = compileRules([], [...methodRulesEncoded, ...methodRulesEncodedEs, ...methodRulesEncodedFr]);

/**
 * One spelling for what looks the same on screen: curly quotes, non-breaking and unusual spaces, line
 * breaks, Unicode hyphens and invisible characters must not hide a match (or split an everyday phrase), and
 * an accent typed as a separate combining mark is joined to its letter (NFC), as the rules spell it.
 */
export function normaliseForScan(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013]/g, '-')
    .replace(/\s+/gu, ' ');
}

const spans = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

/**
 * Unsafe wording in `text`, by the rules of the language it is written in (English when not said), or by a
 * given rule set (tests try one rule, or the method rules alone).
 */
export function findUnsafeLanguage(text: string, rules: Language | readonly CompiledRule[] = 'en'): UnsafeMatch[] {
  const normalised = normaliseForScan(text);
  const compiled = typeof rules === 'string' ? rulesByLanguage[rules] : rules;
  return compiled.flatMap(({ pattern, except, kind, instead }) => {
    const hits = spans(pattern, normalised);
    if (hits.length === 0) return [];
    // An everyday phrase excuses a hit only if it covers the whole hit, as "hanging out" covers the verb in it.
    const allowed = except.flatMap((e) => spans(e, normalised));
    return hits.filter((hit) => !allowed.some((a) => a.start <= hit.start && hit.end <= a.end)).map((hit) => ({ found: hit.text, kind, instead }));
  });
}

/** Every string inside a value (objects, arrays, nested), for scanning whole catalogues and content sets. */
export function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, out);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) collectStrings(item, out);
  return out;
}
