// Settings as signals, loaded from and saved to the encrypted store. The country shown in Help now is the
// person's choice, or else a guess from time zone and language (never sent anywhere).
import { computed, signal } from '@preact/signals';
import { defaultSettings, settingsRecord, SETTINGS_ID, type CountryChoice, type Settings } from '@ebb/core';
import { getStore } from './vault-state.ts';
import { m } from '../i18n/messages.ts';
import { worldHelp } from './world-state.ts';
import { updateRecord } from './update-record.ts';
import { discreetFlag, keepDiscreetFlag } from '../discreet-flag.ts';

export const settings = signal<Settings>(defaultSettings);

/**
 * The guess, computed on the device once the region tables have loaded (see world-state.ts), and only when
 * first read (Help now or Settings): the first use of Intl loads locale data, kept off the start-up path.
 * null until then, or when nothing says where the person is.
 */
export const guessedCountry = computed<CountryChoice | null>(() =>
  typeof navigator === 'undefined' || !worldHelp.value
    ? null
    : worldHelp.value.guessCountry({
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? '',
        languages: navigator.languages?.length ? navigator.languages : [navigator.language],
      }),
);

/**
 * Whether Ebb shows itself neutrally: the setting once read, and before that (locked, or still opening) the
 * plain flag kept beside the vault, so a reload is neutral from the first paint. The flag follows the setting.
 */
export const discreet = computed(() => settings.value.discreet || discreetFlag.value);

/** Ebb's name as shown: neutral in discreet mode. */
export const appName = computed(() => (discreet.value ? m.discreet.name : m.app.name));

export const shownCountry = computed<CountryChoice>(() => settings.value.country ?? guessedCountry.value ?? 'elsewhere');

/** Whether this visit has read the stored settings yet: until then, screens that show them wait (lazy-screen.tsx). */
export const settingsRead = signal(false);

export async function loadSettings(): Promise<void> {
  try {
    const store = await getStore();
    settings.value = (await store.get(settingsRecord, SETTINGS_ID)) ?? defaultSettings;
    // The settings may have changed elsewhere (another tab, a restored backup): the plain flag follows them.
    if (discreetFlag.value !== settings.value.discreet) keepDiscreetFlag(settings.value.discreet);
    const chosen = settings.value.language;
    void import('../i18n/language-choice.ts').then((choice) => choice.reconcileLanguage(chosen)).catch(() => undefined);
  } finally {
    // Read or failed: either way the screens show (a failure is told by the storage notice).
    settingsRead.value = true;
  }
}

/**
 * Applies at once, then saves: reading the stored settings and writing them back under the write lock, so a
 * change made in another tab is never overwritten. If saving fails the change stays for this visit and the
 * error is thrown to show.
 */
export async function updateSettings(change: Partial<Settings>): Promise<void> {
  settings.value = { ...settings.value, ...change };
  const next = await updateRecord(settingsRecord, SETTINGS_ID, (stored) => ({ ...(stored ?? defaultSettings), ...change }));
  if (next) settings.value = next;
  // After the setting is saved: turned off, the flag goes; turned on, it is kept for the next reload.
  if (change.discreet !== undefined) keepDiscreetFlag(change.discreet);
}
