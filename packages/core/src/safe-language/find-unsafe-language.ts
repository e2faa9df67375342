// Scans user-facing text for wording Ebb must never use (CLINICAL.md rules 3–6 and 11).
// Used by every content and wording test; the lists live in @ebb/content.
import { methodTermsEncoded, unsafeLanguage } from '@ebb/content';

export interface UnsafeMatch {
  /** The matched text as it appears. */
  found: string;
  /** What to write instead (for method terms: leave the detail out). */
  instead: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const rules: ReadonlyArray<{ pattern: RegExp; instead: string }> = [
  ...unsafeLanguage.map((u) => ({ pattern: new RegExp(`\\b(?:${u.pattern})\\b`, 'giu'), instead: u.instead })),
  ...methodTermsEncoded.map((encoded) => ({
    pattern: new RegExp(`\\b${escape(atob(encoded))}\\b`, 'giu'),
    instead: 'no method detail: leave it out',
  })),
];

export function findUnsafeLanguage(text: string): UnsafeMatch[] {
  // Curly apostrophes and non-breaking spaces must not hide a match.
  const normalised = text.replace(/[\u2018\u2019]/g, "'").replace(/\u00a0/g, ' ');
  return rules.flatMap(({ pattern, instead }) => [...normalised.matchAll(pattern)].map((m) => ({ found: m[0], instead })));
}

/** Every string inside a value (objects, arrays, nested), for scanning whole catalogues and content sets. */
export function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, out);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) collectStrings(item, out);
  return out;
}
