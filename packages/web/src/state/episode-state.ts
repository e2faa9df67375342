// The urge episode in progress, kept encrypted as it goes: every rating, feeling, skill and the outcome are
// written to the month's record at once, so nothing is lost if the page closes.
import { episodeMonthRecord, monthId, newEpisode, withEpisode, withoutEpisode, type Episode } from '@ebb/core';
import { getStore } from './vault-state.ts';
import { updateRecord } from './update-record.ts';

export async function saveEpisode(episode: Episode): Promise<void> {
  await updateRecord(episodeMonthRecord, monthId(episode.startedAt), (month) => withEpisode(month, episode));
}

/** Removes an episode (a slip note the person undid), from the month it started in. */
export async function removeEpisode(episode: Episode): Promise<void> {
  await updateRecord(episodeMonthRecord, monthId(episode.startedAt), (month) => withoutEpisode(month, episode.id));
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
