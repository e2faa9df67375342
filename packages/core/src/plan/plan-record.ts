// The person's plan (relapse-prevention and safety plan) as stored: each section's items in their own
// words, how likely they are to use it and what could get in the way. Every saved change is kept as a
// version with its date and an optional reason, so any earlier plan can be looked at and restored.
import * as v from 'valibot';
import { planSectionIds, triggerKinds, type PlanSectionId } from '@ebb/content';
import { defineRecord } from '../records/define-record.ts';

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export const PLAN_LIMITS = { item: 300, name: 80, phone: 32, message: 300, note: 300, itemsPerSection: 30, people: 100, firstStep: 120 } as const;

const itemSchema = v.object({ text: text(PLAN_LIMITS.item) });
const phone = v.pipe(v.string(), v.trim(), v.maxLength(PLAN_LIMITS.phone));
const optionalText = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));
/**
 * Someone the person can ask for help. These are the person's one list of people: the plan's step, Help now,
 * Ride it out and "Your people" all show and change this list (plan/plan-people.ts).
 */
const personSchema = v.object({
  name: text(PLAN_LIMITS.name),
  phone,
  /** A message ready to send them. */
  message: optionalText(PLAN_LIMITS.message),
  /** Who they are to the person, or what they help with. */
  note: optionalText(PLAN_LIMITS.note),
});
const professionalSchema = v.object({
  name: text(PLAN_LIMITS.name),
  phone,
  /** The number to call out of hours, where they have one. */
  outOfHours: phone,
  note: optionalText(PLAN_LIMITS.message),
});
const triggerSchema = v.object({ kind: v.picklist(triggerKinds), text: text(PLAN_LIMITS.item) });
const needSchema = v.object({ need: text(PLAN_LIMITS.item), otherWays: optionalText(PLAN_LIMITS.item) });
const list = <T extends v.GenericSchema>(schema: T) => v.pipe(v.array(schema), v.maxLength(PLAN_LIMITS.itemsPerSection));

export const planSchema = v.object({
  sections: v.object({
    'warning-signs': list(itemSchema),
    'on-my-own': list(itemSchema),
    'people-and-places': list(itemSchema),
    'people-to-ask': v.pipe(v.array(personSchema), v.maxLength(PLAN_LIMITS.people)),
    professionals: list(professionalSchema),
    'safer-space': list(itemSchema),
    reasons: list(itemSchema),
    triggers: list(triggerSchema),
    'what-it-does': list(needSchema),
    'first-step': v.pipe(v.string(), v.trim(), v.maxLength(PLAN_LIMITS.firstStep)),
  }),
  /** "How likely am I to use it", 0–10; null until answered. */
  likelihood: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
  barriers: list(v.object({ barrier: text(PLAN_LIMITS.item), idea: optionalText(PLAN_LIMITS.item) })),
});

export type Plan = v.InferOutput<typeof planSchema>;
export type PlanSections = Plan['sections'];
export type PlanPerson = PlanSections['people-to-ask'][number];
export type PlanProfessional = PlanSections['professionals'][number];
export type PlanTrigger = PlanSections['triggers'][number];
export type PlanNeed = PlanSections['what-it-does'][number];
export type PlanBarrier = Plan['barriers'][number];

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

type Json = Record<string, unknown>;

/** Version 1 kept one "message" field for professionals; version 2 adds their out-of-hours number and calls the message a note. */
function planV1ToV2(data: unknown): unknown {
  const plan = data as Json & { sections: Json & { professionals?: Json[] } };
  const professionals = (plan.sections.professionals ?? []).map(({ message, ...rest }) => ({ ...rest, outOfHours: '', note: message ?? '' }));
  return { ...plan, sections: { ...plan.sections, professionals } };
}

/** Version 3 makes the plan's people the one list of people: each gains a note (what "Your people" kept). */
function planV2ToV3(data: unknown): unknown {
  const plan = data as Json & { sections: Json & { 'people-to-ask'?: Json[] } };
  const people = (plan.sections['people-to-ask'] ?? []).map((person) => ({ ...person, note: '' }));
  return { ...plan, sections: { ...plan.sections, 'people-to-ask': people } };
}

export const planRecord = defineRecord<Plan>({ type: 'plan', version: 3, schema: planSchema, migrations: { 1: planV1ToV2, 2: planV2ToV3 } });

const versionSchema = v.object({
  /** When this version began; also its id. */
  savedAt: v.pipe(v.number(), v.integer()),
  /** When it last changed: the changes of one sitting are one version. */
  changedAt: v.pipe(v.number(), v.integer()),
  /** Why it changed, in the person's words: "after a slip", "with my therapist"… (optional). */
  reason: v.pipe(v.string(), v.trim(), v.maxLength(200)),
  plan: planSchema,
});

export type PlanVersion = v.InferOutput<typeof versionSchema>;

export const planVersionRecord = defineRecord<PlanVersion>({
  type: 'plan-version',
  version: 3,
  schema: versionSchema,
  migrations: {
    1: (data) => ({ ...(data as Json), changedAt: (data as Json).savedAt, plan: planV1ToV2((data as Json).plan) }),
    2: (data) => ({ ...(data as Json), plan: planV2ToV3((data as Json).plan) }),
  },
});
