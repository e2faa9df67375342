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

export async function removeGoal(id: string): Promise<void> {
  await updateRecord(goalRecord, id, () => undefined);
}
