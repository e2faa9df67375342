// Slips and the reflections on them. A reflection is offered only when calm (core: reflectionOffered), and
// never inside Ride it out. Kept encrypted, one record per reflection.
import { dayOf, newEpisode, reflectionOffered, reflectionRecord, type Episode, type Reflection } from '@ebb/core';
import { getStore } from './vault-state.ts';
import { loadHistory, type History } from './diary-state.ts';
import { saveEpisode } from './episode-state.ts';
import { updateRecord } from './update-record.ts';

/** Records a slip at `at`, with no detail: an episode that ended in a slip. */
export async function recordSlip(at: number): Promise<void> {
  await saveEpisode({ ...newEpisode(crypto.randomUUID(), at), endedAt: at, outcome: 'slipped' });
}

export interface SlipAwaiting {
  slip: Episode;
  day: string;
}

/**
 * Slips whose reflection is not finished and is now offered (a day later, or after a calm check-in).
 * Takes the history when the screen has already read it, so it is not decrypted twice.
 */
export async function slipsAwaitingReflection(now: number, history?: History): Promise<SlipAwaiting[]> {
  const store = await getStore();
  const [{ checkIns, episodes }, reflections] = await Promise.all([history ?? loadHistory(), store.list(reflectionRecord)]);
  const finished = new Set(reflections.filter((r) => r.value.finishedAt !== null).map((r) => r.id));
  const calmUrges = checkIns.map((c) => ({ at: c.savedAt, urge: c.urge }));
  return episodes
    .filter((e) => e.outcome === 'slipped' && !finished.has(e.id))
    .filter((e) => reflectionOffered(e.endedAt ?? e.startedAt, now, calmUrges))
    .sort((a, b) => b.startedAt - a.startedAt)
    .map((slip) => ({ slip, day: dayOf(slip.endedAt ?? slip.startedAt) }));
}

export async function loadReflection(slipId: string): Promise<Reflection | undefined> {
  return (await getStore()).get(reflectionRecord, slipId);
}

export async function findSlip(slipId: string): Promise<Episode | undefined> {
  const { episodes } = await loadHistory();
  return episodes.find((e) => e.id === slipId && e.outcome === 'slipped');
}

export async function saveReflection(reflection: Reflection): Promise<void> {
  await updateRecord(reflectionRecord, reflection.slipId, () => reflection);
}
