// Every region has a number to tap, and each number is one libphonenumber's short-number data knows as an
// emergency number (docs/clinical-rules.md rule 15). The few it cannot confirm are listed here, with why.
import { describe, expect, it } from 'vitest';
import libphonenumber from 'google-libphonenumber';
import { crisisHelp } from './crisis-lines.ts';
import { emergencyNumbers, emergencyNumberSource, emergencyNumberSourceOf, emergencyNumberSources } from './emergency-numbers.ts';

const shortNumbers = libphonenumber.ShortNumberInfo.getInstance();

/**
 * Where libphonenumber's data has no emergency number at all, or an older one than the sources: the number
 * from the sources stands, and the test fails once libphonenumber changes, so the entry is checked again.
 */
const notConfirmedByLibphonenumber: Readonly<Record<string, string>> = {
  GN: 'libphonenumber has no emergency numbers for Guinea; 112 is what Android dials there',
  TM: 'libphonenumber has no emergency numbers for Turkmenistan; 112 is what Android dials there',
  HN: 'libphonenumber has only 199; Android lists Honduras’s national 911',
  LY: 'libphonenumber has 190, 191 and 193; Android and the public list agree on 1515',
  MR: 'libphonenumber has 17 and 18; Android and the public list agree on 118 for an ambulance',
  UZ: 'libphonenumber has the old 001–003; Android and Microsoft both list 103 for an ambulance',
  NF: 'libphonenumber has 911, 955 and 977; Norfolk Island’s ambulance service says to call 000',
};

/** Inhabited regions a time zone points to that libphonenumber has no short-number data for. */
const beyondLibphonenumber = ['GQ', 'IO', 'TK'];

const eighteenMonthsAgo = () => {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - 18);
  return date.getTime();
};

describe('emergency numbers', () => {
  it('cover every region libphonenumber’s short-number data knows', () => {
    expect(Object.keys(emergencyNumbers).sort()).toEqual([...shortNumbers.getSupportedRegions(), ...beyondLibphonenumber].sort());
    expect(Object.keys(emergencyNumbers).length).toBeGreaterThanOrEqual(240);
  });

  it.each(Object.entries(emergencyNumbers))('%s: %s is an emergency number there', (region, number) => {
    expect(number).toMatch(/^\d{2,6}$/);
    const confirmable = !(region in notConfirmedByLibphonenumber) && !beyondLibphonenumber.includes(region);
    expect(shortNumbers.isEmergencyNumber(number, region)).toBe(confirmable);
  });

  it('call for medical help where it has its own number', () => {
    expect(emergencyNumbers).toMatchObject({ DE: '112', IN: '112', JP: '119', BR: '192', GB: '999', US: '911', AU: '000' });
  });

  it('each have a source checked within the last 18 months', () => {
    for (const source of Object.values(emergencyNumberSources)) {
      expect(new URL(source.url).protocol).toBe('https:');
      expect(Date.parse(`${source.verifiedOn}T00:00:00Z`)).toBeGreaterThan(eighteenMonthsAgo());
    }
    for (const region of Object.keys(emergencyNumberSourceOf)) expect(emergencyNumbers).toHaveProperty(region);
    expect(emergencyNumberSource('DE')).toBe(emergencyNumberSources.aosp);
    expect(emergencyNumberSource('GG')).toBe(emergencyNumberSources.list);
  });

  it('agree with libphonenumber for every verified country’s own emergency numbers', () => {
    for (const country of crisisHelp)
      for (const emergency of country.emergency) expect(shortNumbers.isEmergencyNumber(emergency.number, country.code)).toBe(true);
  });
});
