// The daily check-in (a DBT-style diary card), stored one record per month: urge to self-harm 0–5, acted
// yes/no, thoughts of suicide 0–5 (an optional row, asked only when the person turns it on), emotions 0–5,
// skills used on the DBT 0–7 scale, self-care, and a note. A self-observation tool, not homework to be
// graded: every field but the day is optional.
import * as v from 'valibot';
import { defineRecord } from '../records/define-record.ts';
import { isDay } from './day.ts';

export const CHECKIN_LIMITS = { note: 2000, emotions: 12, skills: 30, name: 40 } as const;

const score = (max: number) => v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max)));
const flag = v.nullable(v.boolean());

export const checkInSchema = v.object({
  day: v.pipe(v.string(), v.check(isDay, 'not a day')),
  urge: score(5),
  acted: flag,
  /** Thoughts of ending one's life, 0–5; null when not asked or not answered. Never scored or labelled. */
  suicidalThoughts: score(5),
  emotions: v.pipe(
    v.array(
      v.object({
        name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(CHECKIN_LIMITS.name)),
        value: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5)),
      }),
    ),
    v.maxLength(CHECKIN_LIMITS.emotions),
  ),
  skills: v.pipe(
    v.array(v.object({ skillId: v.pipe(v.string(), v.minLength(1), v.maxLength(80)), score: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7)) })),
    v.maxLength(CHECKIN_LIMITS.skills),
  ),
  selfCare: v.object({
    sleepHours: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(24))),
    ateRegularly: flag,
    moved: flag,
    connected: flag,
    medication: flag,
    therapy: flag,
  }),
  note: v.pipe(v.string(), v.trim(), v.maxLength(CHECKIN_LIMITS.note)),
  savedAt: v.pipe(v.number(), v.integer()),
});

export type CheckIn = v.InferOutput<typeof checkInSchema>;

const monthSchema = v.object({ days: v.array(checkInSchema) });
export type CheckInMonth = v.InferOutput<typeof monthSchema>;

export const checkInMonthRecord = defineRecord<CheckInMonth>({
  type: 'checkin-month',
  version: 2,
  schema: monthSchema,
  migrations: {
    // v2 added the optional thoughts-of-suicide row: unanswered on every card written before it existed.
    1: (data) => ({ ...(data as object), days: ((data as { days?: unknown[] }).days ?? []).map((day) => ({ ...(day as object), suicidalThoughts: null })) }),
  },
});

export const emptyCheckIn = (day: string, now: number): CheckIn => ({
  day,
  urge: null,
  acted: null,
  suicidalThoughts: null,
  emotions: [],
  skills: [],
  selfCare: { sleepHours: null, ateRegularly: null, moved: null, connected: null, medication: null, therapy: null },
  note: '',
  savedAt: now,
});

/** The month with `checkIn` added or replacing the same day's, in day order. */
export function withCheckIn(month: CheckInMonth | undefined, checkIn: CheckIn): CheckInMonth {
  const others = (month?.days ?? []).filter((c) => c.day !== checkIn.day);
  return { days: [...others, checkIn].sort((a, b) => a.day.localeCompare(b.day)) };
}

/** The DBT skills-use scale, 0–7 (docs/clinical-rules.md, "Skills"). */
export const skillUseScale = [0, 1, 2, 3, 4, 5, 6, 7] as const;
