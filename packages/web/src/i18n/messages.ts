// The active message catalogue (this build's language: language.ts), `format` for filling in `{name}`
// placeholders, and `plural` for choosing between a catalogue's one and other forms.
import { en, type Messages } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { locale } from './language.ts';

export const m: Messages = __EBB_LANGUAGE__ === 'es' ? es : __EBB_LANGUAGE__ === 'fr' ? fr : en;

export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

let pluralRules: Intl.PluralRules | undefined;

/**
 * The form of a counted phrase that this language uses for `count`, by the language's own plural rules
 * (French counts 0 as one, English and Spanish do not). Each form carries `{count}` where it shows the number.
 */
export function plural(count: number, forms: { one: string; other: string }): string {
  pluralRules ??= new Intl.PluralRules(locale);
  return format(pluralRules.select(count) === 'one' ? forms.one : forms.other, { count });
}
