// Goals the person sets, with small steps and dates. Progress celebrates each step done; a goal is never
// marked failed, and a date that passes only moves it to "when you're ready".
import * as v from 'valibot';
import { defineRecord } from '../records/define-record.ts';
import { isDay } from './day.ts';

export const GOAL_LIMITS = { title: 120, step: 200, steps: 12 } as const;

const day = v.nullable(v.pipe(v.string(), v.check(isDay, 'not a day')));

const goalSchema = v.object({
  title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(GOAL_LIMITS.title)),
  due: day,
  steps: v.pipe(
    v.array(
      v.object({
        text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(GOAL_LIMITS.step)),
        due: day,
        doneAt: v.nullable(v.pipe(v.number(), v.integer())),
      }),
    ),
    v.maxLength(GOAL_LIMITS.steps),
  ),
  createdAt: v.pipe(v.number(), v.integer()),
});

export type Goal = v.InferOutput<typeof goalSchema>;
export type GoalStep = Goal['steps'][number];

export const goalRecord = defineRecord<Goal>({ type: 'goal', version: 1, schema: goalSchema, migrations: {} });

export const goalDone = (goal: Goal): boolean => goal.steps.length > 0 && goal.steps.every((s) => s.doneAt !== null);
export const stepsDone = (goal: Goal): number => goal.steps.filter((s) => s.doneAt !== null).length;
