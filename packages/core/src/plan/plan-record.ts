// The person's plan (relapse-prevention and safety plan) as stored: each section's items in their own
// words, how likely they are to use it and what could get in the way. Every saved change is kept as a
// version with its date and an optional reason, so any earlier plan can be looked at and restored.
import * as v from 'valibot';
import { planSectionIds, type PlanSectionId } from '@ebb/content';
import { defineRecord } from '../records/define-record.ts';

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export const PLAN_LIMITS = { item: 300, name: 80, phone: 32, message: 300, itemsPerSection: 30, firstStep: 120 } as const;

const itemSchema = v.object({ text: text(PLAN_LIMITS.item) });
const contactSchema = v.object({
  name: text(PLAN_LIMITS.name),
  phone: v.pipe(v.string(), v.trim(), v.maxLength(PLAN_LIMITS.phone)),
  /** A message ready to send (people to ask) or a note (professionals). */
  message: v.pipe(v.string(), v.trim(), v.maxLength(PLAN_LIMITS.message)),
});
export const triggerKinds = ['feeling', 'situation', 'people', 'body'] as const;
const triggerSchema = v.object({ kind: v.picklist(triggerKinds), text: text(PLAN_LIMITS.item) });
const needSchema = v.object({ need: text(PLAN_LIMITS.item), otherWays: v.pipe(v.string(), v.trim(), v.maxLength(PLAN_LIMITS.item)) });
const list = <T extends v.GenericSchema>(schema: T) => v.pipe(v.array(schema), v.maxLength(PLAN_LIMITS.itemsPerSection));

const planSchema = v.object({
  sections: v.object({
    'warning-signs': list(itemSchema),
    'on-my-own': list(itemSchema),
    'people-and-places': list(itemSchema),
    'people-to-ask': list(contactSchema),
    professionals: list(contactSchema),
    'safer-space': list(itemSchema),
    reasons: list(itemSchema),
    triggers: list(triggerSchema),
    'what-it-does': list(needSchema),
    'first-step': v.pipe(v.string(), v.trim(), v.maxLength(PLAN_LIMITS.firstStep)),
  }),
  /** "How likely am I to use it", 0–10; null until answered. */
  likelihood: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
  barriers: list(v.object({ barrier: text(PLAN_LIMITS.item), idea: v.pipe(v.string(), v.trim(), v.maxLength(PLAN_LIMITS.item)) })),
});

export type Plan = v.InferOutput<typeof planSchema>;
export type PlanSections = Plan['sections'];

// The stored sections are exactly the content's sections, in the same order.
const sectionKeysMatchContent: readonly PlanSectionId[] = Object.keys(planSchema.entries.sections.entries) as PlanSectionId[];
if (sectionKeysMatchContent.join() !== planSectionIds.join()) throw new Error('Plan record sections differ from the content sections');

export const PLAN_ID = 'current';

export function emptyPlan(): Plan {
  return {
    sections: {
      'warning-signs': [],
      'on-my-own': [],
      'people-and-places': [],
      'people-to-ask': [],
      professionals: [],
      'safer-space': [],
      reasons: [],
      triggers: [],
      'what-it-does': [],
      'first-step': '',
    },
    likelihood: null,
    barriers: [],
  };
}

export const planRecord = defineRecord<Plan>({ type: 'plan', version: 1, schema: planSchema, migrations: {} });

const versionSchema = v.object({
  savedAt: v.pipe(v.number(), v.integer()),
  /** Why it changed, in the person's words: "after a slip", "with my therapist"… (optional). */
  reason: v.pipe(v.string(), v.trim(), v.maxLength(200)),
  plan: planSchema,
});

export type PlanVersion = v.InferOutput<typeof versionSchema>;

export const planVersionRecord = defineRecord<PlanVersion>({ type: 'plan-version', version: 1, schema: versionSchema, migrations: {} });
