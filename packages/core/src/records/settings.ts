// The person's settings record: country for Help now, theme and text size, lock, discreet mode, reminders and
// gentle notes. Stored encrypted like everything else.
import * as v from 'valibot';
import { countryCodes, languages } from '@ebb/content';
import { defineRecord } from './define-record.ts';

export const themes = ['system', 'light', 'dark'] as const;
export const textSizes = ['standard', 'large', 'larger'] as const;

/**
 * Any region as an ISO 3166 code (Help now shows its emergency number, and its verified lines where Ebb has
 * them), or 'elsewhere' (the international directory). The format is checked here rather than the region list,
 * which is kept off the first screen; a code Ebb does not know is shown like 'elsewhere'. Before this widening
 * only the verified countries and 'elsewhere' were stored, and they still are valid: the stored shape is unchanged.
 */
export type CountryChoice = string;

/** The choices always offered, even before the full region list has loaded. */
export const countryChoices: readonly CountryChoice[] = [...countryCodes, 'elsewhere'];

const countryChoiceSchema = v.union([v.literal('elsewhere'), v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))]);

/** Minutes without use before Ebb locks itself (with a passcode set); null: only when asked or hidden. */
export const autoLockChoices = [1, 5, 15, 60, null] as const;

const settingsSchema = v.object({
  /** The person's own choice; null means "automatic" (guessed from time zone and language each time). */
  country: v.nullable(countryChoiceSchema),
  theme: v.picklist(themes),
  textSize: v.picklist(textSizes),
  autoLock: v.object({
    idleMinutes: v.nullable(v.picklist([1, 5, 15, 60])),
    /** Lock as soon as Ebb is hidden (another app, the home screen, a locked phone). */
    whenHidden: v.boolean(),
  }),
  /** A neutral name ("Notes") and a plain icon in the browser tab. */
  discreet: v.boolean(),
  /** Opt-in: a gentle in-app reminder to make a backup every so many days. */
  backupReminder: v.object({
    everyDays: v.nullable(v.picklist([7, 30])),
    lastBackupAt: v.nullable(v.pipe(v.number(), v.integer())),
  }),
  /** Opt-in gentle reminders: a daily check-in time ("HH:MM", local) and a plan review interval. */
  reminders: v.object({
    checkInAt: v.nullable(v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/))),
    planReviewEveryDays: v.nullable(v.picklist([14, 30, 90])),
    /** Also as a browser notification where it allows (the text never says what Ebb is for). */
    notify: v.boolean(),
  }),
  /**
   * A gentle line on Home when things seem harder lately (patterns/early-warning.ts): on unless turned off, and
   * never shown in discreet mode.
   */
  gentleNotes: v.boolean(),
  /** The language chosen in Settings or on Home; null follows the device (its language, if Ebb speaks it). */
  language: v.nullable(v.picklist(languages)),
});

export type Settings = v.InferOutput<typeof settingsSchema>;
export type Theme = Settings['theme'];
export type TextSize = Settings['textSize'];

export const SETTINGS_ID = 'settings';

export const defaultSettings: Settings = {
  country: null,
  theme: 'system',
  textSize: 'standard',
  autoLock: { idleMinutes: 5, whenHidden: true },
  discreet: false,
  backupReminder: { everyDays: null, lastBackupAt: null },
  reminders: { checkInAt: null, planReviewEveryDays: null, notify: false },
  gentleNotes: true,
  language: null,
};

export const settingsRecord = defineRecord<Settings>({
  type: 'settings',
  version: 5,
  schema: settingsSchema,
  migrations: {
    // v4 added the gentle note on Home when things seem harder: on, as for anyone new, until turned off.
    3: (data) => ({ ...(data as object), gentleNotes: true }),
    // v5 added the language: everyone before it followed their device, as anyone new does.
    4: (data) => ({ ...(data as object), language: null }),
    // v3 added opt-in reminders (check-in time, plan review), off for everyone who had v2.
    2: (data) => ({ ...(data as object), reminders: { checkInAt: null, planReviewEveryDays: null, notify: false } }),
    // v2 added auto-lock, discreet mode and backup reminders (released v1: country, theme, textSize).
    1: (data) => ({
      ...(data as object),
      autoLock: { idleMinutes: 5, whenHidden: true },
      discreet: false,
      backupReminder: { everyDays: null, lastBackupAt: null },
    }),
  },
});

const DAY_MS = 86_400_000;

/** Whether the opted-in backup reminder should show now. Never shown to someone who did not ask for it. */
export function backupReminderDue(reminder: Settings['backupReminder'], now: number): boolean {
  if (reminder.everyDays === null) return false;
  return reminder.lastBackupAt === null || now - reminder.lastBackupAt >= reminder.everyDays * DAY_MS;
}

/** Whether the daily check-in reminder is due: the chosen time has passed today and today has no check-in. */
export function checkInReminderDue(checkInAt: string | null, now: Date, checkedInToday: boolean): boolean {
  if (checkInAt === null || checkedInToday) return false;
  const [h, m] = checkInAt.split(':').map(Number) as [number, number];
  return now.getHours() * 60 + now.getMinutes() >= h * 60 + m;
}

/** Whether a plan review is due: the chosen interval has passed since the plan last changed. */
export function planReviewDue(everyDays: number | null, lastChangedAt: number | null, now: number): boolean {
  if (everyDays === null || lastChangedAt === null) return false;
  return now - lastChangedAt >= everyDays * DAY_MS;
}
