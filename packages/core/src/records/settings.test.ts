// Every released version of the settings record opens in the current shape; reminders are opt-in, gentle notes on.
import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord } from './define-record.ts';
import { backupReminderDue, checkInReminderDue, defaultSettings, planReviewDue, settingsRecord } from './settings.ts';

const noReminders = { checkInAt: null, planReviewEveryDays: null, notify: false };

describe('settings record', () => {
  it('opens a version 1 record (before auto-lock) with the defaults added since', () => {
    const v1 = { v: 1, data: { country: 'IE', theme: 'dark', textSize: 'large' } };
    expect(decodeRecord(settingsRecord, v1)).toEqual({
      country: 'IE',
      theme: 'dark',
      textSize: 'large',
      autoLock: { idleMinutes: 5, whenHidden: true },
      discreet: false,
      backupReminder: { everyDays: null, lastBackupAt: null },
      reminders: noReminders,
      gentleNotes: true,
      language: null,
    });
  });

  it('opens a version 2 record (before reminders) with reminders off', () => {
    const v2data: Record<string, unknown> = { ...defaultSettings, discreet: true, autoLock: { idleMinutes: null, whenHidden: false } };
    delete v2data.reminders;
    delete v2data.gentleNotes;
    delete v2data.language;
    expect(decodeRecord(settingsRecord, { v: 2, data: v2data })).toEqual({ ...v2data, reminders: noReminders, gentleNotes: true, language: null });
  });

  it('opens a version 3 record (before gentle notes) with them on, as for anyone new', () => {
    const v3data: Record<string, unknown> = { ...defaultSettings, discreet: true, reminders: { checkInAt: '21:30', planReviewEveryDays: 30, notify: true } };
    delete v3data.gentleNotes;
    delete v3data.language;
    expect(decodeRecord(settingsRecord, { v: 3, data: v3data })).toEqual({ ...v3data, gentleNotes: true, language: null });
  });

  it('opens a version 4 record (before the language) following the device, as for anyone new', () => {
    const v4data: Record<string, unknown> = { ...defaultSettings, gentleNotes: false };
    delete v4data.language;
    expect(decodeRecord(settingsRecord, { v: 4, data: v4data })).toEqual({ ...v4data, language: null });
  });

  it('opens the current version unchanged, and refuses a bad check-in time or a language Ebb does not speak', () => {
    const v5 = { ...defaultSettings, reminders: { checkInAt: '21:30', planReviewEveryDays: 30, notify: true }, gentleNotes: false, language: 'fr' as const };
    expect(decodeRecord(settingsRecord, { v: 5, data: v5 })).toEqual(v5);
    expect(() => encodeRecord(settingsRecord, { ...v5, reminders: { ...v5.reminders, checkInAt: '25:00' } } as never)).toThrow();
    for (const language of ['de', 'ES', 'es-US', '']) expect(() => encodeRecord(settingsRecord, { ...v5, language } as never)).toThrow();
  });

  it('stores any region as its country, and still opens the values stored before that widening', () => {
    for (const country of ['GB', 'IE', 'US', 'elsewhere', null, 'DE', 'IN', 'JP', 'BR']) {
      const v5 = { v: 5, data: { ...defaultSettings, country } };
      expect(decodeRecord(settingsRecord, v5).country).toBe(country);
    }
    for (const country of ['de', 'Germany', '', 'D', 'DEU']) {
      expect(() => decodeRecord(settingsRecord, { v: 5, data: { ...defaultSettings, country } })).toThrow();
    }
  });

  it('defaults are valid', () => {
    expect(decodeRecord(settingsRecord, { v: 5, data: defaultSettings })).toEqual(defaultSettings);
  });
});

describe('backup reminder', () => {
  const day = 86_400_000;
  it('is never due for someone who did not opt in', () => {
    expect(backupReminderDue({ everyDays: null, lastBackupAt: null }, 10 * day)).toBe(false);
  });
  it('is due at once with no backup yet, then again after the chosen interval', () => {
    expect(backupReminderDue({ everyDays: 7, lastBackupAt: null }, 0)).toBe(true);
    expect(backupReminderDue({ everyDays: 7, lastBackupAt: 0 }, 7 * day - 1)).toBe(false);
    expect(backupReminderDue({ everyDays: 7, lastBackupAt: 0 }, 7 * day)).toBe(true);
    expect(backupReminderDue({ everyDays: 30, lastBackupAt: 0 }, 29 * day)).toBe(false);
  });
});

describe('check-in and plan review reminders', () => {
  const at = (h: number, m: number) => new Date(2026, 10, 22, h, m);
  it('the check-in reminder is due after the chosen time, until today has a check-in', () => {
    expect(checkInReminderDue(null, at(23, 0), false)).toBe(false);
    expect(checkInReminderDue('21:30', at(21, 29), false)).toBe(false);
    expect(checkInReminderDue('21:30', at(21, 30), false)).toBe(true);
    expect(checkInReminderDue('21:30', at(22, 0), true)).toBe(false);
  });
  it('a plan review is due once the interval has passed since the plan last changed', () => {
    const day = 86_400_000;
    expect(planReviewDue(null, 0, 100 * day)).toBe(false);
    expect(planReviewDue(30, null, 100 * day)).toBe(false);
    expect(planReviewDue(30, 0, 29 * day)).toBe(false);
    expect(planReviewDue(30, 0, 30 * day)).toBe(true);
  });
});
