// Reads what a summary for a clinician is built from: every diary card and urge episode, the reflections on
// slips, the plan's versions (their dates only are kept), the names of the person's skills and their diary's
// emotion rows. Read when the summary screen opens; nothing is kept after it closes.
import { planVersionRecord, reflectionRecord, type SummarySource } from '@ebb/core';
import { getStore } from './vault-state.ts';
import { diaryPrefs, loadDiaryPrefs, loadHistory } from './diary-state.ts';
import { allSkills, loadSkillPrefs } from './skills-state.ts';

export async function loadSummarySource(): Promise<SummarySource> {
  const store = await getStore();
  const [history, reflections, versions] = await Promise.all([
    loadHistory(),
    store.list(reflectionRecord),
    store.list(planVersionRecord),
    loadDiaryPrefs(),
    loadSkillPrefs(),
  ]);
  return {
    checkIns: history.checkIns,
    episodes: history.episodes,
    reflections: reflections.map((r) => r.value),
    planVersions: versions.map(({ value: { savedAt, changedAt, reason } }) => ({ savedAt, changedAt, reason })),
    skillNames: new Map(allSkills.value.map((s) => [s.id, s.name])),
    emotionRows: diaryPrefs.value.emotions,
  };
}
