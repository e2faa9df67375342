// Slips and the reflections on them. A reflection is offered only when calm (look-back-state.ts), and never
// inside Ride it out. Kept encrypted, one record per reflection.
import { newEpisode, reflectionRecord, type Episode, type Reflection } from '@ebb/core';
import { getStore } from './vault-state.ts';
import { announce } from './tab-sync.ts';
import { loadHistory } from './diary-state.ts';
import { removeEpisode, saveEpisode } from './episode-state.ts';
import { updateRecord } from './update-record.ts';
import { drafts } from './drafts.ts';

/** The draft of a look back not yet saved: removed with its slip. */
export const reflectionDraftKey = (slipId: string) => `reflection:${slipId}`;

/** Records a slip at `at`, with no detail: an episode that ended in a slip. Returned, so it can be undone. */
export async function recordSlip(at: number): Promise<Episode> {
  const slip: Episode = { ...newEpisode(crypto.randomUUID(), at), endedAt: at, outcome: 'slipped' };
  await saveEpisode(slip);
  return slip;
}

/** Removes a slip note the person undid, and any look back begun on it (its draft too): nothing about it is kept. */
export async function removeSlip(slip: Episode): Promise<void> {
  await removeEpisode(slip);
  await (await getStore()).delete(reflectionRecord, slip.id);
  await drafts.discard(reflectionDraftKey(slip.id));
  announce('data');
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
