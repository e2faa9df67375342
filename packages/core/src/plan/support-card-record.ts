// The "How to support me" card as stored: which parts of the plan a supporter should see, and what the
// person would like them to say and not say, in their own words. The card itself is built from the plan
// each time, so it never goes out of date.
import * as v from 'valibot';
import { defineRecord } from '../records/define-record.ts';
import { PLAN_LIMITS } from './plan-record.ts';

export const supportCardParts = ['warningSigns', 'whatHelps', 'sayAndDont', 'whoToCall'] as const;
export type SupportCardPart = (typeof supportCardParts)[number];

const item = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(PLAN_LIMITS.item));
const items = v.pipe(v.array(item), v.maxLength(PLAN_LIMITS.itemsPerSection));

const supportCardSchema = v.object({
  show: v.object({ warningSigns: v.boolean(), whatHelps: v.boolean(), sayAndDont: v.boolean(), whoToCall: v.boolean() }),
  say: items,
  dontSay: items,
});

export type SupportCard = v.InferOutput<typeof supportCardSchema>;

export const SUPPORT_CARD_ID = 'current';

/** Nothing is shown until the person chooses it: sharing is always their choice, part by part. */
export const emptySupportCard = (): SupportCard => ({
  show: { warningSigns: false, whatHelps: false, sayAndDont: false, whoToCall: false },
  say: [],
  dontSay: [],
});

export const supportCardRecord = defineRecord<SupportCard>({ type: 'support-card', version: 1, schema: supportCardSchema, migrations: {} });
