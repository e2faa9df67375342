// Goals, kept encrypted, one record per goal.
import { goalRecord, type Goal } from '@ebb/core';
import { getStore } from './vault-state.ts';
import { updateRecord } from './update-record.ts';

export interface GoalItem {
  id: string;
  value: Goal;
}

export async function loadGoals(): Promise<GoalItem[]> {
  return (await (await getStore()).list(goalRecord)).sort((a, b) => a.value.createdAt - b.value.createdAt);
}

export async function saveGoal(id: string, goal: Goal): Promise<void> {
  await updateRecord(goalRecord, id, () => goal);
}

/**
 * Marks one step done or not on the goal as stored now, so a step ticked in another tab stays ticked.
 * Gives the goal as saved, or undefined when another tab removed it.
 */
export async function setStepDone(id: string, index: number, done: boolean): Promise<Goal | undefined> {
  return updateRecord(
    goalRecord,
    id,
    (goal) => goal && { ...goal, steps: goal.steps.map((s, i) => (i === index ? { ...s, doneAt: done ? (s.doneAt ?? Date.now()) : null } : s)) },
  );
}

export async function removeGoal(id: string): Promise<void> {
  await updateRecord(goalRecord, id, () => undefined);
}
