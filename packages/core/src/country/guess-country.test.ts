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
  ])('time zone %s with %j → %s', (timeZone, languages, expected) => {
    expect(guessCountry({ timeZone, languages })).toBe(expected);
  });

  it('falls back to the language region when the time zone says nothing', () => {
    expect(guessCountry({ timeZone: 'UTC', languages: ['en-GB'] })).toBe('GB');
    expect(guessCountry({ timeZone: 'Etc/GMT+1', languages: ['fr', 'en-AU'] })).toBe('AU');
    expect(guessCountry({ timeZone: '', languages: ['en-uk'] })).toBe('GB');
  });

  it('returns null where Ebb has no verified lines, rather than a wrong country', () => {
    expect(guessCountry({ timeZone: 'Asia/Tokyo', languages: ['en-GB'] })).toBeNull();
    expect(guessCountry({ timeZone: 'America/Mexico_City', languages: ['en-US'] })).toBeNull();
    expect(guessCountry({ timeZone: 'UTC', languages: ['ja-JP', 'en'] })).toBeNull();
  });
});
