// The name shown for a country choice, in Help now and Settings.
import { crisisHelp } from '@ebb/content';
import type { CountryChoice } from '@ebb/core';
import { m } from '../i18n/messages.ts';

export const countryName = (choice: CountryChoice): string => crisisHelp.find((c) => c.code === choice)?.name ?? m.helpNow.countryElsewhere;
