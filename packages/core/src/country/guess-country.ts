// Guesses the person's country for Help now from their time zone and languages, without any network call.
// The time zone says where the device is (what matters for a local number); language is the fallback.
// Loaded lazily by the app: the zone table is too big for the first screen.
import { zonesByCountry } from './zone-countries.ts';

let zoneToCountry: Map<string, string> | undefined;

/** The country a time zone belongs to, for every IANA zone and alias; undefined for UTC, Etc/… and unknown zones. */
export function countryFromTimeZone(zone: string): string | undefined {
  zoneToCountry ??= new Map(Object.entries(zonesByCountry).flatMap(([country, zones]) => zones.split(' ').map((z) => [z, country] as const)));
  return zoneToCountry.get(zone);
}

function countryFromLanguage(tag: string): string | undefined {
  const region = tag
    .split(/[-_]/)
    .find((part, i) => i > 0 && /^[A-Za-z]{2}$/.test(part))
    ?.toUpperCase();
  const code = region === 'UK' ? 'GB' : region;
  return code && code in zonesByCountry ? code : undefined;
}

/**
 * The best guess as an ISO 3166 region code, or null when neither the time zone nor a language says where the
 * person is (Help now then asks, and shows the international directory meanwhile).
 */
export function guessCountry(hints: { timeZone: string; languages: readonly string[] }): string | null {
  const fromZone = countryFromTimeZone(hints.timeZone.trim());
  if (fromZone) return fromZone;
  for (const language of hints.languages) {
    const country = countryFromLanguage(language);
    if (country) return country;
  }
  return null;
}
