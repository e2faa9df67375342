// The last time the person said "I feel settled now" beside a waiting look back after a slip: a calm signal
// in their own words (calm-signals.ts). Only the latest moment is kept.
import * as v from 'valibot';
import { defineRecord } from '../records/define-record.ts';

const settledSchema = v.object({ at: v.pipe(v.number(), v.integer(), v.minValue(0)) });

export type Settled = v.InferOutput<typeof settledSchema>;
export const SETTLED_ID = 'latest';

export const settledRecord = defineRecord<Settled>({ type: 'settled', version: 1, schema: settledSchema, migrations: {} });
