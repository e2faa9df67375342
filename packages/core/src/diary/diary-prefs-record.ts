// How the person's diary card is set up: the emotions they rate (a short default set they can edit), whether
// medication and therapy apply to them, and whether the card asks about thoughts of suicide (off by default).
import * as v from 'valibot';
import { defineRecord } from '../records/define-record.ts';
import { CHECKIN_LIMITS } from './checkin-record.ts';

const prefsSchema = v.object({
  emotions: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(CHECKIN_LIMITS.name))), v.maxLength(CHECKIN_LIMITS.emotions)),
  trackMedication: v.boolean(),
  trackTherapy: v.boolean(),
  /** The optional "thoughts of ending your life, 0–5" row, as DBT diary cards have it; turned on in set-up. */
  trackSuicidalThoughts: v.boolean(),
});

export type DiaryPrefs = v.InferOutput<typeof prefsSchema>;
export const DIARY_PREFS_ID = 'current';

/** A new card's set-up; `emotions` are the default names in the person's language (the screens' catalogue). */
export const defaultDiaryPrefs = (emotions: readonly string[] = ['Sadness', 'Anger', 'Fear or worry', 'Shame', 'Joy']): DiaryPrefs => ({
  emotions: [...emotions],
  trackMedication: false,
  trackTherapy: false,
  trackSuicidalThoughts: false,
});

export const diaryPrefsRecord = defineRecord<DiaryPrefs>({
  type: 'diary-prefs',
  version: 2,
  schema: prefsSchema,
  // v2 added the thoughts-of-suicide row, off for everyone who set up their card before it existed.
  migrations: { 1: (data) => ({ ...(data as object), trackSuicidalThoughts: false }) },
});
