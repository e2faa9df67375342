// The plain hint beside the vault that says which language the person chose (localStorage "language"), read
// by each index.html's first script (language-script.ts) to open that language before anything paints. Kept
// only when the choice differs from the device's own language, so most people have none; it says which of
// three languages, nothing about the person (docs/threat-model.md).
import { isLanguage, languages, type Language } from '@ebb/content';

const KEY = 'language';

/** The device's language as Ebb reads it: its first preferred language that Ebb speaks, else English. */
export function deviceLanguage(preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): Language {
  for (const tag of preferred) {
    const code = tag.slice(0, 2).toLowerCase();
    if (isLanguage(code)) return code;
  }
  return languages[0];
}

/** The choice kept on this device, or null (none, or storage refused). */
export function readLanguageHint(): Language | null {
  try {
    const hint = localStorage.getItem(KEY);
    return isLanguage(hint) ? hint : null;
  } catch {
    return null;
  }
}

/** Keeps the hint in step with a choice (null: follow the device). Throws if the browser refuses storage. */
export function keepLanguageHint(choice: Language | null): void {
  if (choice === null || choice === deviceLanguage()) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, choice);
}
