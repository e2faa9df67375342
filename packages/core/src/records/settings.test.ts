// Every released version of the settings record opens in the current shape.
import { describe, expect, it } from 'vitest';
import { decodeRecord } from './define-record.ts';
import { defaultSettings, settingsRecord } from './settings.ts';

describe('settings record', () => {
  it('opens a version 1 record (before auto-lock) with the default auto-lock added', () => {
    const v1 = { v: 1, data: { country: 'IE', theme: 'dark', textSize: 'large' } };
    expect(decodeRecord(settingsRecord, v1)).toEqual({ country: 'IE', theme: 'dark', textSize: 'large', autoLock: { idleMinutes: 5, whenHidden: true } });
  });

  it('opens the current version unchanged', () => {
    const v2 = { v: 2, data: { ...defaultSettings, autoLock: { idleMinutes: null, whenHidden: false } } };
    expect(decodeRecord(settingsRecord, v2)).toEqual(v2.data);
  });

  it('defaults are valid', () => {
    expect(decodeRecord(settingsRecord, { v: 2, data: defaultSettings })).toEqual(defaultSettings);
  });
});
