// A number of bytes as a person reads it: "850 KB", "1.5 MB" (decimal units, as phones and files show them).
import { locale } from '../../i18n/language.ts';
const kilobytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
const megabytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });

export function describeSize(bytes: number): string {
  return bytes < 1_000_000 ? kilobytes.format(Math.max(1, Math.ceil(bytes / 1000))) : megabytes.format(bytes / 1_000_000);
}
