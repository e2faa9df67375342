// Whether the look back after a slip is offered now: only when the latest signal is calm (core:
// lookBackOffered), such as a calm check-in after the slip or the person saying "I feel settled now".
import { calmSignals, dayOf, lookBackOffered, reflectionRecord, settledRecord, SETTLED_ID, type Episode } from '@ebb/core';
import { getStore } from './vault-state.ts';
import { announce } from './tab-sync.ts';
import { loadHistory, type History } from './diary-state.ts';

export interface LookBack {
  /** The most recent slip whose look back is not finished. */
  slip: Episode;
  day: string;
  /** True when it is calm to offer it; otherwise the person may say they feel settled. */
  offered: boolean;
}

/** Takes the history when the screen has already read it, so it is not decrypted twice. */
export async function waitingLookBack(history?: History): Promise<LookBack | undefined> {
  const store = await getStore();
  const [{ checkIns, episodes }, reflections, settled] = await Promise.all([
    history ?? loadHistory(),
    store.list(reflectionRecord),
    store.get(settledRecord, SETTLED_ID),
  ]);
  const finished = new Set(reflections.filter((r) => r.value.finishedAt !== null).map((r) => r.id));
  const slipAt = (e: Episode) => e.endedAt ?? e.startedAt;
  const slip = episodes.filter((e) => e.outcome === 'slipped' && !finished.has(e.id)).sort((a, b) => slipAt(b) - slipAt(a))[0];
  if (!slip) return undefined;
  const signals = calmSignals(checkIns, episodes, settled?.at ?? null);
  return { slip, day: dayOf(slipAt(slip)), offered: lookBackOffered(slipAt(slip), signals) };
}

/** The person said "I feel settled now": a calm signal in their own words. */
export async function saySettled(at: number): Promise<void> {
  await (await getStore()).put(settledRecord, SETTLED_ID, { at });
  announce('data');
}
