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
    expect(japan?.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(emergencyFor('BR', world).map((e) => e.number)).toEqual(['192']);
  });

  it('offers nothing for "somewhere else" or a region without a number, so Help now asks where instead', () => {
    expect(emergencyFor('elsewhere', world)).toEqual([]);
    expect(emergencyFor('AQ', world)).toEqual([]);
  });
});
