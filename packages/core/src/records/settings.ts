// The person's settings record: country for Help now, theme and text size. Stored encrypted like everything else.
import * as v from 'valibot';
import { countryCodes } from '@ebb/content';
import { defineRecord } from './define-record.ts';

export const themes = ['system', 'light', 'dark'] as const;
export const textSizes = ['standard', 'large', 'larger'] as const;

/** A country Ebb has verified lines for, or 'elsewhere' (the international directory). */
export const countryChoices = [...countryCodes, 'elsewhere'] as const;
export type CountryChoice = (typeof countryChoices)[number];

/** Minutes without use before Ebb locks itself (with a passcode set); null: only when asked or hidden. */
export const autoLockChoices = [1, 5, 15, 60, null] as const;

const settingsSchema = v.object({
  /** The person's own choice; null means "automatic" (guessed from time zone and language each time). */
  country: v.nullable(v.picklist(countryChoices)),
  theme: v.picklist(themes),
  textSize: v.picklist(textSizes),
  autoLock: v.object({
    idleMinutes: v.nullable(v.picklist([1, 5, 15, 60])),
    /** Lock as soon as Ebb is hidden (another app, the home screen, a locked phone). */
    whenHidden: v.boolean(),
  }),
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
};

export const settingsRecord = defineRecord<Settings>({
  type: 'settings',
  version: 2,
  schema: settingsSchema,
  migrations: {
    // v2 added auto-lock preferences (released v1: country, theme, textSize).
    1: (data) => ({ ...(data as object), autoLock: { idleMinutes: 5, whenHidden: true } }),
  },
});
