// The country guess prefers where the device is (time zone) and falls back to the language region.
import { describe, expect, it } from 'vitest';
import { guessCountry } from './guess-country.ts';

describe('guessCountry', () => {
  it.each([
    ['Europe/London', ['en-US'], 'GB'],
    ['Europe/Dublin', ['en-GB'], 'IE'],
    ['America/Toronto', ['en-US'], 'CA'],
    ['America/Vancouver', ['fr-CA'], 'CA'],
    ['America/New_York', ['en-US'], 'US'],
    ['America/Indiana/Indianapolis', ['en'], 'US'],
    ['Australia/Sydney', ['en-US'], 'AU'],
    ['Pacific/Auckland', ['en-US'], 'NZ'],
    ['Europe/Berlin', ['en-US'], 'DE'],
    ['Asia/Kolkata', ['en-GB'], 'IN'],
    ['Asia/Calcutta', ['hi'], 'IN'],
    ['Asia/Tokyo', ['en-US'], 'JP'],
    ['America/Sao_Paulo', ['pt'], 'BR'],
    ['Europe/Paris', ['en-GB'], 'FR'],
    ['America/Mexico_City', ['en-US'], 'MX'],
  ])('time zone %s with %j → %s', (timeZone, languages, expected) => {
    expect(guessCountry({ timeZone, languages })).toBe(expected);
  });

  it('falls back to the language region when the time zone says nothing', () => {
    expect(guessCountry({ timeZone: 'UTC', languages: ['en-GB'] })).toBe('GB');
    expect(guessCountry({ timeZone: 'Etc/GMT+1', languages: ['fr', 'en-AU'] })).toBe('AU');
    expect(guessCountry({ timeZone: '', languages: ['en-uk'] })).toBe('GB');
    expect(guessCountry({ timeZone: 'UTC', languages: ['de-DE', 'en'] })).toBe('DE');
  });

  it('returns null when nothing says where the person is, rather than a wrong country', () => {
    expect(guessCountry({ timeZone: 'UTC', languages: ['en', 'fr'] })).toBeNull();
    expect(guessCountry({ timeZone: 'Not/A_Zone', languages: ['en-XX'] })).toBeNull();
  });
});
