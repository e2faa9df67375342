// The person's settings record: country for Help now, theme and text size. Stored encrypted like everything else.
import * as v from 'valibot';
import { countryCodes } from '@ebb/content';
import { defineRecord } from './define-record.ts';

export const themes = ['system', 'light', 'dark'] as const;
export const textSizes = ['standard', 'large', 'larger'] as const;

/** A country Ebb has verified lines for, or 'elsewhere' (the international directory). */
export const countryChoices = [...countryCodes, 'elsewhere'] as const;
export type CountryChoice = (typeof countryChoices)[number];

const settingsSchema = v.object({
  /** The person's own choice; null means "automatic" (guessed from time zone and language each time). */
  country: v.nullable(v.picklist(countryChoices)),
  theme: v.picklist(themes),
  textSize: v.picklist(textSizes),
});

export type Settings = v.InferOutput<typeof settingsSchema>;
export type Theme = Settings['theme'];
export type TextSize = Settings['textSize'];

export const SETTINGS_ID = 'settings';

export const defaultSettings: Settings = { country: null, theme: 'system', textSize: 'standard' };

export const settingsRecord = defineRecord<Settings>({
  type: 'settings',
  version: 1,
  schema: settingsSchema,
  migrations: {},
});
