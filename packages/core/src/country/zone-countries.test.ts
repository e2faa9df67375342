// The generated zone table matches countries-and-timezones exactly, and every zone leads to a number to call.
import { describe, expect, it } from 'vitest';
import ct from 'countries-and-timezones';
import { emergencyNumbers } from '@ebb/content/emergency-numbers';
import { countryFromTimeZone } from './guess-country.ts';
import { zonesByCountry } from './zone-countries.ts';

/** Countries whose zones are research stations or have no permanent population: Help now asks there. */
const noPermanentPopulation = ['AQ', 'GS', 'PN', 'TF', 'UM'];

describe('zone → country table', () => {
  it('matches countries-and-timezones for every zone and alias (run scripts/generate-zone-countries.mjs if not)', () => {
    const zones = Object.keys(ct.getAllTimezones({ deprecated: true }));
    const expected = Object.fromEntries(zones.flatMap((z) => (ct.getCountryForTimezone(z) ? [[z, ct.getCountryForTimezone(z)!.id]] : [])));
    const actual = Object.fromEntries(Object.entries(zonesByCountry).flatMap(([country, list]) => list.split(' ').map((z) => [z, country])));
    expect(actual).toEqual(expected);
  });

  it('knows every zone this JavaScript engine reports, except those that name no place', () => {
    const unplaced = Intl.supportedValuesOf('timeZone').filter((zone) => !countryFromTimeZone(zone));
    for (const zone of unplaced) expect(zone).toMatch(/^(Etc\/|UTC$|GMT)/);
  });

  it('leads every inhabited zone to an emergency number', () => {
    const countries = Object.keys(zonesByCountry).filter((c) => !noPermanentPopulation.includes(c));
    expect(countries.filter((c) => !(c in emergencyNumbers))).toEqual([]);
  });
});
