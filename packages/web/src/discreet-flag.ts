// The one choice Ebb keeps outside the encrypted vault: whether discreet mode is on, as a plain flag
// (localStorage "discreet" = "1"), so that after a reload the lock screen, the title and the icon are neutral
// before the vault opens. index.html reads the same flag before the first paint. It reveals only that
// discreet mode is on (docs/threat-model.md); the setting itself stays in the encrypted settings.
import { signal } from '@preact/signals';

const KEY = 'discreet';

function readFlag(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(KEY) === '1';
  } catch {
    return false; // storage refused (some private modes): Ebb is neutral once the settings are read
  }
}

/** The flag as this page last read or kept it. */
export const discreetFlag = signal(readFlag());

/** Keeps the flag in step with the setting: set when discreet mode is on, removed when it is off. Throws if the browser refuses. */
export function keepDiscreetFlag(on: boolean): void {
  if (on) localStorage.setItem(KEY, '1');
  else localStorage.removeItem(KEY);
  discreetFlag.value = on;
}
