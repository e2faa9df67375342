// Every released version of the settings record opens in the current shape.
import { describe, expect, it } from 'vitest';
import { decodeRecord } from './define-record.ts';
import { backupReminderDue, defaultSettings, settingsRecord } from './settings.ts';

describe('settings record', () => {
  it('opens a version 1 record (before auto-lock) with the default auto-lock added', () => {
    const v1 = { v: 1, data: { country: 'IE', theme: 'dark', textSize: 'large' } };
    expect(decodeRecord(settingsRecord, v1)).toEqual({
      country: 'IE',
      theme: 'dark',
      textSize: 'large',
      autoLock: { idleMinutes: 5, whenHidden: true },
      discreet: false,
      backupReminder: { everyDays: null, lastBackupAt: null },
    });
  });

  it('opens the current version unchanged', () => {
    const v2 = { v: 2, data: { ...defaultSettings, autoLock: { idleMinutes: null, whenHidden: false } } };
    expect(decodeRecord(settingsRecord, v2)).toEqual(v2.data);
  });

  it('defaults are valid', () => {
    expect(decodeRecord(settingsRecord, { v: 2, data: defaultSettings })).toEqual(defaultSettings);
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
