// A reflection after a slip (a chain analysis, docs/clinical-rules.md rule 7): offered only when calm (calm-signals.ts), as
// learning and never as punishment. What made the person vulnerable, what set it off, the links in the
// chain, what followed, what could break each link next time, and repair. No method detail is asked for or
// stored.
import * as v from 'valibot';
import { defineRecord } from '../records/define-record.ts';

export const REFLECTION_LIMITS = { text: 1000 } as const;
const text = v.pipe(v.string(), v.trim(), v.maxLength(REFLECTION_LIMITS.text));

export const vulnerabilityKinds = ['sleep', 'hunger', 'illness', 'substances', 'stress'] as const;
export type VulnerabilityKind = (typeof vulnerabilityKinds)[number];

export const reflectionSchema = v.object({
  /** The slip reflected on (an urge episode's id). */
  slipId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  slipAt: v.pipe(v.number(), v.integer()),
  vulnerabilities: v.array(v.picklist(vulnerabilityKinds)),
  vulnerabilityNote: text,
  promptingEvent: text,
  thoughts: text,
  feelings: text,
  body: text,
  urges: text,
  actions: text,
  shortTerm: text,
  longTerm: text,
  breakLinks: text,
  repair: text,
  /** Set when it was finished (its suggested changes offered for the plan). */
  finishedAt: v.nullable(v.pipe(v.number(), v.integer())),
});

export type Reflection = v.InferOutput<typeof reflectionSchema>;

/** The answers written in words, step by step (the rest are the slip's own, chosen kinds, or a time). */
export const reflectionTextFields = [
  'vulnerabilityNote',
  'promptingEvent',
  'thoughts',
  'feelings',
  'body',
  'urges',
  'actions',
  'shortTerm',
  'longTerm',
  'breakLinks',
  'repair',
] as const satisfies readonly (keyof Reflection)[];

export const emptyReflection = (slipId: string, slipAt: number): Reflection => ({
  slipId,
  slipAt,
  vulnerabilities: [],
  vulnerabilityNote: '',
  promptingEvent: '',
  thoughts: '',
  feelings: '',
  body: '',
  urges: '',
  actions: '',
  shortTerm: '',
  longTerm: '',
  breakLinks: '',
  repair: '',
  finishedAt: null,
});

export const reflectionRecord = defineRecord<Reflection>({ type: 'reflection', version: 1, schema: reflectionSchema, migrations: {} });

/**
 * The plan changes a finished reflection suggests, each for the person to accept or not: what set it off
 * and what made them vulnerable become triggers; what could break the links becomes something to do.
 */
export function suggestedPlanChanges(r: Reflection): Array<{ section: 'triggers' | 'on-my-own'; kind?: 'situation' | 'body'; text: string }> {
  const out: Array<{ section: 'triggers' | 'on-my-own'; kind?: 'situation' | 'body'; text: string }> = [];
  if (r.promptingEvent) out.push({ section: 'triggers', kind: 'situation', text: r.promptingEvent });
  if (r.vulnerabilityNote) out.push({ section: 'triggers', kind: 'body', text: r.vulnerabilityNote });
  for (const line of r.breakLinks
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean))
    out.push({ section: 'on-my-own', text: line });
  return out.map((c) => ({ ...c, text: c.text.slice(0, 300) }));
}
