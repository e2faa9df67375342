// What Patterns is computed from: every check-in, urge episode and look back after a slip, read once when the
// screen opens (choosing another period recomputes from these, without reading again).
import { reflectionRecord, type PatternInput } from '@ebb/core';
import { getStore } from './vault-state.ts';
import { loadHistory } from './diary-state.ts';
import { loadSkillPrefs } from './skills-state.ts';

export async function loadPatternRecords(): Promise<PatternInput> {
  const store = await getStore();
  // The person's own skills are read too, so a skill of theirs is named by its name.
  const [history, reflections] = await Promise.all([loadHistory(), store.list(reflectionRecord), loadSkillPrefs()]);
  return { ...history, reflections: reflections.map((r) => r.value) };
}
