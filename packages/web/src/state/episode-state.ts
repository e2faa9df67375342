// The urge episode in progress, kept encrypted as it goes: every rating, feeling, skill and the outcome are
// written to the month's record at once, so nothing is lost if the page closes.
import { episodeMonthRecord, monthId, newEpisode, withEpisode, withoutEpisode, type Episode } from '@ebb/core';
import { getStore } from './vault-state.ts';
import { announce, withWriteLock } from './tab-sync.ts';

export async function saveEpisode(episode: Episode): Promise<void> {
  const store = await getStore();
  const id = monthId(episode.startedAt);
  await withWriteLock(async () => {
    const month = await store.get(episodeMonthRecord, id);
    await store.put(episodeMonthRecord, id, withEpisode(month, episode));
  });
  announce('data');
}

/** Removes an episode (a slip note the person undid), from the month it started in. */
export async function removeEpisode(episode: Episode): Promise<void> {
  const store = await getStore();
  const id = monthId(episode.startedAt);
  await withWriteLock(async () => {
    await store.put(episodeMonthRecord, id, withoutEpisode(await store.get(episodeMonthRecord, id), episode.id));
  });
  announce('data');
}

/** Earlier episodes, for ranking: the current month and the few before it. */
export async function recentEpisodes(now: number, months = 6): Promise<Episode[]> {
  const store = await getStore();
  const ids = Array.from({ length: months }, (_, i) => {
    const d = new Date(now);
    d.setDate(1);
    d.setMonth(d.getMonth() - i);
    return monthId(d.getTime());
  });
  const found = await Promise.all(ids.map((id) => store.get(episodeMonthRecord, id)));
  return found.flatMap((month) => month?.episodes ?? []);
}

export const startEpisode = (now: number): Episode => newEpisode(crypto.randomUUID(), now);
