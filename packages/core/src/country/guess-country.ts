// Guesses the person's country for Help now from their time zone and languages, without any network call.
// The time zone says where the device is (what matters for a local crisis line); language is the fallback.
import { countryCodes, type CountryCode } from '@ebb/content';

const zonesByCountry: Record<CountryCode, readonly string[]> = {
  GB: ['Europe/London', 'Europe/Belfast', 'GB', 'GB-Eire'],
  IE: ['Europe/Dublin', 'Eire'],
  NZ: ['Pacific/Auckland', 'Pacific/Chatham', 'NZ', 'NZ-CHAT'],
  AU: [],
  DE: ['Europe/Berlin', 'Europe/Busingen'],
  FR: ['Europe/Paris'],
  NL: ['Europe/Amsterdam'],
  SG: ['Asia/Singapore', 'Singapore'],
  US: ['Pacific/Honolulu', 'America/Adak', 'America/Anchorage', 'America/Boise', 'America/Chicago', 'America/Denver',
    'America/Detroit', 'America/Juneau', 'America/Los_Angeles', 'America/Menominee', 'America/Metlakatla',
    'America/New_York', 'America/Nome', 'America/Phoenix', 'America/Sitka', 'America/Yakutat', 'America/Puerto_Rico'],
  CA: ['America/Atikokan', 'America/Blanc-Sablon', 'America/Cambridge_Bay', 'America/Creston', 'America/Dawson',
    'America/Dawson_Creek', 'America/Edmonton', 'America/Fort_Nelson', 'America/Glace_Bay', 'America/Goose_Bay',
    'America/Halifax', 'America/Inuvik', 'America/Iqaluit', 'America/Moncton', 'America/Montreal', 'America/Nipigon',
    'America/Pangnirtung', 'America/Rainy_River', 'America/Rankin_Inlet', 'America/Regina', 'America/Resolute',
    'America/St_Johns', 'America/Swift_Current', 'America/Thunder_Bay', 'America/Toronto', 'America/Vancouver',
    'America/Whitehorse', 'America/Winnipeg', 'America/Yellowknife'],
};

const zonePrefixes: ReadonlyArray<[string, CountryCode]> = [
  ['Australia/', 'AU'],
  ['America/Indiana/', 'US'],
  ['America/Kentucky/', 'US'],
  ['America/North_Dakota/', 'US'],
  ['US/', 'US'],
  ['Canada/', 'CA'],
];

const zoneToCountry = new Map<string, CountryCode>(
  Object.entries(zonesByCountry).flatMap(([country, zones]) => zones.map((z) => [z, country as CountryCode] as const)),
);

/** Zones that say nothing about where someone is. */
const isPlaceless = (zone: string) => zone === '' || zone === 'UTC' || zone === 'GMT' || zone.startsWith('Etc/');

export function countryFromTimeZone(zone: string): CountryCode | undefined {
  return zoneToCountry.get(zone) ?? zonePrefixes.find(([prefix]) => zone.startsWith(prefix))?.[1];
}

function countryFromLanguage(tag: string): CountryCode | undefined {
  const region = tag.split(/[-_]/).find((part, i) => i > 0 && /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
  const code = region === 'UK' ? 'GB' : region;
  return (countryCodes as readonly string[]).includes(code ?? '') ? (code as CountryCode) : undefined;
}

/**
 * The best guess, or null when Ebb has no verified lines for where the person seems to be
 * (Help now then shows the international directory and the country picker).
 */
export function guessCountry(hints: { timeZone: string; languages: readonly string[] }): CountryCode | null {
  const zone = hints.timeZone.trim();
  if (!isPlaceless(zone)) return countryFromTimeZone(zone) ?? null;
  for (const language of hints.languages) {
    const country = countryFromLanguage(language);
    if (country) return country;
  }
  return null;
}
