// Slips and the reflections on them. A reflection is offered only when calm (core: reflectionOffered), and
// never inside Ride it out. Kept encrypted, one record per reflection.
import { dayOf, newEpisode, reflectionOffered, reflectionRecord, type Episode, type Reflection } from '@ebb/core';
import { getStore } from './vault-state.ts';
import { announce } from './tab-sync.ts';
import { loadHistory, type History } from './diary-state.ts';
import { removeEpisode, saveEpisode } from './episode-state.ts';

/** Records a slip at `at`, with no detail: an episode that ended in a slip. Returned, so it can be undone. */
export async function recordSlip(at: number): Promise<Episode> {
  const slip: Episode = { ...newEpisode(crypto.randomUUID(), at), endedAt: at, outcome: 'slipped' };
  await saveEpisode(slip);
  return slip;
}

/** Removes a slip note the person undid, and any look back begun on it: nothing about it is kept. */
export async function removeSlip(slip: Episode): Promise<void> {
  await removeEpisode(slip);
  await (await getStore()).delete(reflectionRecord, slip.id);
  announce('data');
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
  await (await getStore()).put(reflectionRecord, reflection.slipId, reflection);
  announce('data');
}
