// The active message catalogue, and `format` for filling in `{name}` placeholders.
import { en, type Messages } from './en.ts';

/** English is the only language so far; a second one adds a catalogue here, chosen from navigator.languages. */
export const m: Messages = en;

export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
