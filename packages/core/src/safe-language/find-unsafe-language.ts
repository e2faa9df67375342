// Scans user-facing text for wording Ebb must never use (docs/clinical-rules.md rules 3–6, 11 and 13). Used by the
// content and catalogue tests and by the scan of the built app; the rules live in @ebb/content.
import { languageRules, methodRulesEncoded, type EncodedRule, type LanguageRule, type LanguageRuleKind } from '@ebb/content';

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

/** Whole words, case-insensitive; `\b` sits outside the group so alternatives cannot match inside a word. */
const wholeWords = (source: string) => new RegExp(`\\b(?:${source})\\b`, 'giu');

const compile = (rule: LanguageRule): CompiledRule => ({
  pattern: wholeWords(rule.pattern),
  except: (rule.except ?? []).map(wholeWords),
  kind: rule.kind,
  instead: rule.instead,
});

/** Readable and encoded rules, ready to match. Exported so tests can try one rule on its own. */
export function compileRules(readable: readonly LanguageRule[], encoded: readonly EncodedRule[]): CompiledRule[] {
  return [
    ...readable.map(compile),
    ...encoded.map((rule) =>
      compile({
        kind: 'method',
        pattern: atob(rule.pattern),
        ...(rule.except ? { except: rule.except.map((e) => atob(e)) } : {}),
        instead: 'no method detail: leave it out',
      }),
    ),
  ];
}

const allRules = compileRules(languageRules, methodRulesEncoded);

/**
 * One spelling for what looks the same on screen: curly quotes, non-breaking and unusual spaces, line
 * breaks, Unicode hyphens and invisible characters must not hide a match (or split an everyday phrase).
 */
export function normaliseForScan(text: string): string {
  return text
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013]/g, '-')
    .replace(/\s+/gu, ' ');
}

const spans = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

export function findUnsafeLanguage(text: string, rules: readonly CompiledRule[] = allRules): UnsafeMatch[] {
  const normalised = normaliseForScan(text);
  return rules.flatMap(({ pattern, except, kind, instead }) => {
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
