// Choosing Ebb's language (on Home and in Settings): the choice is kept in the encrypted settings and, where the
// first paint needs it, in the plain hint (language-hint.ts); then the chosen language's app opens at the same
// screen. Each language is a build of its own, so changing language is a move to another address. Loaded when
// a language is chosen, or once the settings are read.
import type { Language } from '@ebb/content';
import { language } from './language.ts';
import { withoutBase } from './base-address.ts';
import { addressIn } from './language-names.ts';
import { deviceLanguage, keepLanguageHint, readLanguageHint } from './language-hint.ts';
import { updateSettings } from '../state/settings-state.ts';
import { vaultStatus } from '../state/vault-state.ts';

/** Opens the app in `code` at the screen the address shows now (nothing to do if it already speaks it). */
export function openIn(code: Language): void {
  if (code !== language) location.assign(addressIn(code, withoutBase(location.pathname)));
}

/** Keeps the hint in step with a choice; false when storage is refused (some private modes). */
function keepHint(choice: Language | null): boolean {
  try {
    keepLanguageHint(choice);
    return true;
  } catch {
    return false; // the address opened next still speaks the chosen language for this visit
  }
}

/**
 * Settings' choice (null: the device's language): saved first, so a failure is said beside the control and
 * nothing moves; then the hint, then the language opens.
 */
export async function chooseLanguage(choice: Language | null): Promise<void> {
  await updateSettings({ language: choice });
  keepHint(choice);
  openIn(choice ?? deviceLanguage());
}

/** Home's links: saved when the vault is open; either way the hint keeps the choice and the language opens. */
export async function chooseLanguageFromHome(code: Language): Promise<void> {
  if (vaultStatus.value === 'open') await updateSettings({ language: code }).catch(() => undefined);
  keepHint(code);
  openIn(code);
}

/**
 * After the settings are read: a choice made on this device (the hint) is mirrored into the settings if they
 * missed it (made while locked, or its save failed); a choice that came with the settings from elsewhere (a
 * restored backup) and differs from the device's language is adopted here, opening that language.
 */
export function reconcileLanguage(chosen: Language | null): void {
  const hint = readLanguageHint();
  if (hint !== null && hint !== chosen) void updateSettings({ language: hint }).catch(() => undefined);
  // Without the hint the move would not outlast this page: then stay.
  else if (hint === null && chosen !== null && chosen !== language && chosen !== deviceLanguage() && keepHint(chosen)) {
    location.replace(addressIn(chosen, withoutBase(location.pathname)));
  }
}
