// Each language's name in itself, and its address: what the list of languages on Home needs to draw its
// links (a person finds their language whatever the screen speaks). Choosing is in language-choice.ts.
import type { Language } from '@ebb/content';

export const languageNames: Readonly<Record<Language, string>> = { en: 'English', es: 'Español', fr: 'Français' };

/**
 * The address of `path` in a language. English asks for itself (`?lang=en`), so a server that reads the
 * browser's languages keeps it in English on a device set to Spanish or French (language-routing.ts).
 */
export const addressIn = (code: Language, path: string): string => (code === 'en' ? `${path}?lang=en` : `/${code}${path}`);
