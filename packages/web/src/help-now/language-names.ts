// Names of the languages a crisis line answers in, in this build's locale, from the browser (Intl.DisplayNames and
// Intl.ListFormat), so no table of names is shipped: "German", "inglés y francés", "anglais et français".
import { format, m } from '../i18n/messages.ts';
import { locale } from '../i18n/language.ts';
import type { Reach } from '@ebb/content';

let names: Intl.DisplayNames | undefined;

export function languageName(code: string): string {
  names ??= new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  return names.of(code) ?? code;
}

/** "Answers in English and French": the note beside a line's name (core's languagesToSay says when). */
export const answersInNote = (codes: readonly string[]): string =>
  format(m.helpNow.answersIn, { languages: new Intl.ListFormat(locale, { type: 'conjunction' }).format(codes.map(languageName)) });

/** "When the call connects, press 2 for Spanish": said beside a call whose line asks for a key on its menu. */
export const pressNote = (reach: Reach, language: string): string | undefined =>
  reach.kind === 'call' && reach.press ? format(m.helpNow.pressFor, { key: reach.press, language: languageName(language) }) : undefined;
