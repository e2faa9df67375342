// Country choices as shown in Help now and Settings: every region Ebb has an emergency number for, by name.
// Names come from the browser (Intl.DisplayNames), so no name table is shipped.
import { crisisHelp } from '../i18n/crisis-help-content.ts';
import { countryChoices, type CountryChoice } from '@ebb/core';
import { m } from '../i18n/messages.ts';
import { worldHelp } from '../state/world-state.ts';

/** English is Ebb's only language so far; the region names follow the catalogue's language. */
const namesLanguage = 'en';
let regionNames: Intl.DisplayNames | undefined;

export function countryName(choice: CountryChoice): string {
  if (choice === 'elsewhere') return m.helpNow.countryElsewhere;
  const verified = crisisHelp.find((c) => c.code === choice)?.name;
  if (verified) return verified;
  regionNames ??= new Intl.DisplayNames([namesLanguage], { type: 'region', fallback: 'code' });
  return regionNames.of(choice) ?? choice;
}

/** Region codes sorted by their names, as the person reads them. */
export const byName = (codes: readonly string[]): string[] =>
  codes
    .map((code) => [code, countryName(code)] as const)
    .sort(([, a], [, b]) => a.localeCompare(b, namesLanguage))
    .map(([code]) => code);

let sortedRegions: { from: object; codes: string[] } | undefined;

/** The regions to offer, sorted once per load of the region tables (until then the verified countries). */
function regionsToOffer(): string[] {
  const world = worldHelp.value;
  if (world && sortedRegions?.from !== world) sortedRegions = { from: world, codes: byName(Object.keys(world.emergencyNumbers)) };
  return sortedRegions?.codes ?? byName(countryChoices.filter((c) => c !== 'elsewhere'));
}

/** Every region once the region tables have loaded (until then the verified countries), then "Somewhere else". */
export function CountryOptions({ current }: { current: CountryChoice | null }) {
  const regions = regionsToOffer();
  // A stored choice the list does not hold yet still shows as chosen.
  const shown = current && current !== 'elsewhere' && !regions.includes(current) ? [current, ...regions] : regions;
  return (
    <>
      {shown.map((code) => (
        <option key={code} value={code}>
          {countryName(code)}
        </option>
      ))}
      <option value="elsewhere">{m.helpNow.countryElsewhere}</option>
    </>
  );
}
