// How the person's diary card is set up: the emotions they rate (a short default set they can edit), and
// whether medication and therapy apply to them.
import * as v from 'valibot';
import { defineRecord } from '../records/define-record.ts';
import { CHECKIN_LIMITS } from './checkin-record.ts';

const prefsSchema = v.object({
  emotions: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(CHECKIN_LIMITS.name))), v.maxLength(CHECKIN_LIMITS.emotions)),
  trackMedication: v.boolean(),
  trackTherapy: v.boolean(),
});

export type DiaryPrefs = v.InferOutput<typeof prefsSchema>;
export const DIARY_PREFS_ID = 'current';

export const defaultDiaryPrefs = (): DiaryPrefs => ({ emotions: ['Sadness', 'Anger', 'Fear or worry', 'Shame', 'Joy'], trackMedication: false, trackTherapy: false });

export const diaryPrefsRecord = defineRecord<DiaryPrefs>({ type: 'diary-prefs', version: 1, schema: prefsSchema, migrations: {} });
