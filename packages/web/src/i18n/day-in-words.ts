// A calendar day (YYYY-MM-DD) in words in this build's language: "22 November 2026", "22 de noviembre de
// 2026". Read at noon UTC and shown in UTC, so the day never moves with the device's time zone.
import { locale } from './language.ts';

export const dayInWords = (day: string): string => new Date(`${day}T12:00:00Z`).toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' });
