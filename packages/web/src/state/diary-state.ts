// Diary cards (daily check-ins) and the diary's setup, kept encrypted, one record per month. Loaded with
// the diary and progress screens.
import { signal } from '@preact/signals';
import {
  addDays,
  checkInMonthRecord,
  defaultDiaryPrefs,
  diaryPrefsRecord,
  DIARY_PREFS_ID,
  episodeMonthRecord,
  monthOfDay,
  withCheckIn,
  type CheckIn,
  type Day,
  type DiaryPrefs,
  type Episode,
} from '@ebb/core';
import { getStore } from './vault-state.ts';
import { forgetOnLock } from './forget-on-lock.ts';
import { updateRecord } from './update-record.ts';
import { md } from '../i18n/diary-messages.ts';

export const diaryPrefs = signal<DiaryPrefs>(defaultDiaryPrefs(md.checkIn.defaultEmotions));
forgetOnLock(() => (diaryPrefs.value = defaultDiaryPrefs(md.checkIn.defaultEmotions)));

export async function loadDiaryPrefs(): Promise<void> {
  const store = await getStore();
  diaryPrefs.value = (await store.get(diaryPrefsRecord, DIARY_PREFS_ID)) ?? defaultDiaryPrefs(md.checkIn.defaultEmotions);
}

/** Applies a change at once, then saves it onto the stored setup, so a change made in another tab stays. */
export async function saveDiaryPrefs(change: Partial<DiaryPrefs>): Promise<void> {
  diaryPrefs.value = { ...diaryPrefs.value, ...change };
  const next = await updateRecord(diaryPrefsRecord, DIARY_PREFS_ID, (stored) => ({ ...(stored ?? defaultDiaryPrefs(md.checkIn.defaultEmotions)), ...change }));
  if (next) diaryPrefs.value = next;
}

/** The cards for the days from `from` to `to` (inclusive), by day. */
export async function loadCheckIns(from: Day, to: Day): Promise<Map<Day, CheckIn>> {
  const store = await getStore();
  const months = new Set<string>();
  for (let day = from; day <= to; day = addDays(day, 28)) months.add(monthOfDay(day));
  months.add(monthOfDay(to));
  const found = await Promise.all([...months].map((id) => store.get(checkInMonthRecord, id)));
  const byDay = new Map<Day, CheckIn>();
  for (const month of found) for (const c of month?.days ?? []) if (c.day >= from && c.day <= to) byDay.set(c.day, c);
  return byDay;
}

export async function saveCheckIn(checkIn: CheckIn): Promise<void> {
  await updateRecord(checkInMonthRecord, monthOfDay(checkIn.day), (month) => withCheckIn(month, checkIn));
}

export interface History {
  checkIns: CheckIn[];
  episodes: Episode[];
}

/** Everything recorded, for progress: every diary card and urge episode. */
export async function loadHistory(): Promise<History> {
  const store = await getStore();
  const [cards, episodes] = await Promise.all([store.list(checkInMonthRecord), store.list(episodeMonthRecord)]);
  return { checkIns: cards.flatMap((m) => m.value.days), episodes: episodes.flatMap((m) => m.value.episodes) };
}
