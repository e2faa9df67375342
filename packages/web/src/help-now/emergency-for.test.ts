// Help now offers a verified country's own emergency numbers, else the region table's, and never a made-up one.
import { describe, expect, it } from 'vitest';
import { crisisHelp } from '@ebb/content';
import * as world from './world-help.ts';
import { emergencyFor } from './emergency-for.ts';

describe('emergencyFor', () => {
  it('uses a verified country’s own numbers, even before the region table loads', () => {
    const gb = crisisHelp.find((c) => c.code === 'GB')!;
    expect(emergencyFor('GB', null)).toEqual(gb.emergency.map((e) => ({ ...e, checkedOn: gb.checkedOn })));
    expect(emergencyFor('GB', world)).toEqual(emergencyFor('GB', null));
  });

  it('uses the region table elsewhere, with the date its source was checked', () => {
    expect(emergencyFor('JP', null)).toEqual([]);
    const [japan] = emergencyFor('JP', world);
    expect(japan).toMatchObject({ number: '119', display: '119' });
    expect(japan?.checkedOn).toBe(world.emergencyNumberSource('JP').verifiedOn);
    expect(emergencyFor('BR', world).map((e) => e.number)).toEqual(['192']);
  });

  it('says the date of the source that region’s number came from, not any other date', () => {
    // Every real source is checked on the same day, so a stand-in table gives each region its own date.
    const checkedOn: Record<string, string> = { JP: '2026-03-04', BR: '2025-12-01' };
    const table = { ...world, emergencyNumberSource: (region: string) => ({ url: 'https://example.org/', verifiedOn: checkedOn[region] ?? '2020-01-01' }) };
    expect(emergencyFor('JP', table).map((e) => e.checkedOn)).toEqual(['2026-03-04']);
    expect(emergencyFor('BR', table).map((e) => e.checkedOn)).toEqual(['2025-12-01']);
    // A verified country says the oldest check of its own entries, whatever the region table says.
    const gb = crisisHelp.find((c) => c.code === 'GB')!;
    expect(emergencyFor('GB', table).map((e) => e.checkedOn)).toEqual(gb.emergency.map(() => gb.checkedOn));
  });

  it('offers nothing for "somewhere else" or a region without a number, so Help now asks where instead', () => {
    expect(emergencyFor('elsewhere', world)).toEqual([]);
    expect(emergencyFor('AQ', world)).toEqual([]);
  });
});
