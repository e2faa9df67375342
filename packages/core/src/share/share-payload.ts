// What a share link carries once opened: one thing, as the viewer needs it to show it read-only, and nothing
// more. The support card carries only the parts the person chose (never the rest of the plan); the plan
// carries the plan; a summary carries the summary as computed for the period chosen (never raw check-ins).
// Summaries hold Maps, which JSON cannot; they travel as { key, value } lists (summaryToShare / summaryFromShare).
import * as v from 'valibot';
import { feelings } from '@ebb/content';
import { isDay } from '../diary/day.ts';
import { checkInSchema } from '../diary/checkin-record.ts';
import { reflectionSchema } from '../diary/reflection-record.ts';
import { episodeOutcomes } from '../urge/episode-record.ts';
import { planSchema, PLAN_LIMITS, type Plan } from '../plan/plan-record.ts';
import type { SupportCard } from '../plan/support-card-record.ts';
import type { Summary } from '../summary/summary.ts';

export const shareKinds = ['support-card', 'plan', 'summary'] as const;
export type ShareKind = (typeof shareKinds)[number];

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const texts = v.pipe(v.array(text(PLAN_LIMITS.item)), v.maxLength(PLAN_LIMITS.itemsPerSection * 2));
/** The country whose crisis lines go with it, as settings name it (a region code, or "elsewhere"). */
const country = v.pipe(v.string(), v.regex(/^[A-Za-z-]{2,16}$/));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const day = v.pipe(v.string(), v.check(isDay, 'not a day'));
const flag = v.boolean();

const supportCardContent = v.object({
  show: v.object({ warningSigns: flag, whatHelps: flag, sayAndDont: flag, whoToCall: flag }),
  warningSigns: texts,
  whatHelps: texts,
  say: texts,
  dontSay: texts,
  people: v.pipe(v.array(v.object({ name: text(PLAN_LIMITS.name), phone: text(PLAN_LIMITS.phone) })), v.maxLength(PLAN_LIMITS.people)),
  professionals: v.pipe(
    v.array(v.object({ name: text(PLAN_LIMITS.name), phone: text(PLAN_LIMITS.phone), outOfHours: text(PLAN_LIMITS.phone) })),
    v.maxLength(PLAN_LIMITS.itemsPerSection),
  ),
  country,
});
export type SupportCardContent = v.InferOutput<typeof supportCardContent>;

const planContent = v.object({ plan: planSchema, country });
export type PlanContent = v.InferOutput<typeof planContent>;

const pairs = v.array(v.object({ key: v.string(), value: v.number() }));
const rating = v.nullable(v.number());
const summaryContent = v.object({
  period: v.object({ kind: v.picklist(['week', 'month']), first: day }),
  from: day,
  to: day,
  rows: v.object({
    urge: flag,
    selfHarm: flag,
    suicidalThoughts: flag,
    emotions: v.nullable(v.array(v.string())),
    skills: v.nullable(v.array(v.object({ id: v.string(), name: v.string() }))),
    selfCare: flag,
    note: flag,
  }),
  days: v.pipe(
    v.array(
      v.object({
        day,
        recorded: flag,
        recordedAt: v.nullable(time),
        card: v.nullable(
          v.object({
            savedAt: time,
            urge: rating,
            suicidalThoughts: rating,
            emotions: pairs,
            skills: pairs,
            selfCare: v.nullable(checkInSchema.entries.selfCare),
            note: v.string(),
          }),
        ),
        selfHarm: v.nullable(flag),
        episodes: v.pipe(v.number(), v.integer(), v.minValue(0)),
      }),
    ),
    v.maxLength(31),
  ),
  episodes: v.nullable(
    v.array(
      v.object({
        id: v.string(),
        day,
        startedAt: time,
        endedAt: v.nullable(time),
        urgeAtStart: rating,
        urgeAtEnd: rating,
        feelings: v.array(v.picklist(feelings)),
        trigger: v.string(),
        skills: v.array(v.object({ skillId: v.string(), name: v.string(), before: rating, after: rating })),
        outcome: v.nullable(v.picklist(episodeOutcomes)),
      }),
    ),
  ),
  reflections: v.array(v.object({ ...reflectionSchema.entries, day })),
  plan: v.nullable(v.object({ version: v.number(), savedAt: time, changedAt: time, reason: v.string() })),
});
export type SummaryContent = v.InferOutput<typeof summaryContent>;

const common = {
  /** When the link was made (ms since 1970). */
  createdAt: time,
  /** The language Ebb was in when it was made (the words typed are in it). */
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
};

export const sharePayloadSchema = v.union([
  v.object({ kind: v.literal('support-card'), ...common, content: supportCardContent }),
  v.object({ kind: v.literal('plan'), ...common, content: planContent }),
  v.object({ kind: v.literal('summary'), ...common, content: summaryContent }),
]);
export type SharePayload = v.InferOutput<typeof sharePayloadSchema>;

/** The support card as a supporter sees it: only the parts chosen, each with what the plan holds for it. */
export function supportCardShareContent(card: SupportCard, plan: Plan, countryCode: string): SupportCardContent {
  const s = plan.sections;
  const { show } = card;
  return {
    show: { ...show },
    warningSigns: show.warningSigns ? s['warning-signs'].map((w) => w.text) : [],
    whatHelps: show.whatHelps ? [...s['on-my-own'], ...s['people-and-places']].map((w) => w.text) : [],
    say: show.sayAndDont ? [...card.say] : [],
    dontSay: show.sayAndDont ? [...card.dontSay] : [],
    people: show.whoToCall ? s['people-to-ask'].map((p) => ({ name: p.name, phone: p.phone })) : [],
    professionals: show.whoToCall ? s.professionals.map((p) => ({ name: p.name, phone: p.phone, outOfHours: p.outOfHours })) : [],
    country: countryCode,
  };
}

const listOf = (map: ReadonlyMap<string, number>) => [...map].map(([key, value]) => ({ key, value }));
const mapOf = (list: ReadonlyArray<{ key: string; value: number }>) => new Map(list.map(({ key, value }) => [key, value]));

/** The summary in a form JSON keeps: its Maps as { key, value } lists. */
export function summaryToShare(summary: Summary): SummaryContent {
  return {
    ...summary,
    rows: { ...summary.rows },
    days: summary.days.map((d) => ({ ...d, card: d.card && { ...d.card, emotions: listOf(d.card.emotions), skills: listOf(d.card.skills) } })),
    episodes: summary.episodes && summary.episodes.map((e) => ({ ...e, feelings: [...e.feelings], skills: [...e.skills] })),
  };
}

/** The summary as the summary's own views take it. */
export function summaryFromShare(content: SummaryContent): Summary {
  return {
    ...content,
    days: content.days.map((d) => ({ ...d, card: d.card && { ...d.card, emotions: mapOf(d.card.emotions), skills: mapOf(d.card.skills) } })),
  };
}
