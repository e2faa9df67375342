// Every crisis line must be complete, dialable and sourced before Ebb shows it (CLINICAL.md rule 2).
import { describe, expect, it } from 'vitest';
import { countryCodes, crisisHelp, internationalDirectory, type Source } from './index.ts';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function expectSourced(source: Source) {
  expect(new URL(source.url).protocol).toBe('https:');
  expect(source.verifiedOn).toMatch(isoDate);
  const verified = new Date(`${source.verifiedOn}T00:00:00Z`);
  expect(Number.isNaN(verified.getTime())).toBe(false);
  // A check older than about 18 months must be redone before release.
  expect(verified.getTime()).toBeGreaterThan(Date.parse('2025-06-01'));
}

describe('crisis lines', () => {
  it('cover every supported country exactly once', () => {
    expect(crisisHelp.map((c) => c.code).sort()).toEqual([...countryCodes].sort());
  });

  it('match the verified table in CLINICAL.md', () => {
    const dial = (code: string) =>
      crisisHelp
        .find((c) => c.code === code)!
        .lines.flatMap((l) => l.reach.map((r) => (r.kind === 'chat' ? 'chat' : `${r.kind}:${r.number}${r.kind === 'text' && r.keyword ? `:${r.keyword}` : ''}`)));
    expect(dial('US')).toEqual(['call:988', 'text:988', 'chat', 'text:741741:HOME']);
    expect(dial('CA')).toEqual(['call:988', 'text:988', 'call:18006686868', 'text:686868:CONNECT']);
    expect(dial('GB')).toEqual(['call:116123', 'text:85258:SHOUT', 'call:111', 'call:08001111']);
    expect(dial('IE')).toEqual(['call:116123', 'text:50808']);
    expect(dial('AU')).toEqual(['call:131114', 'text:0477131114', 'call:1800551800']);
    expect(dial('NZ')).toEqual(['call:1737', 'text:1737']);
    const emergency = Object.fromEntries(crisisHelp.map((c) => [c.code, c.emergency.map((e) => e.number)]));
    expect(emergency).toEqual({ US: ['911'], CA: ['911'], GB: ['999'], IE: ['112', '999'], AU: ['000'], NZ: ['111'] });
  });

  for (const country of crisisHelp) {
    describe(country.name, () => {
      it('has an emergency number that is dialable and sourced', () => {
        expect(country.emergency.length).toBeGreaterThan(0);
        for (const e of country.emergency) {
          expect(e.number).toMatch(/^\d{3}$/);
          expect(e.display.replace(/\D/g, '')).toBe(e.number);
          expectSourced(e.source);
        }
      });

      it('says where to get non-emergency care', () => {
        expect(country.urgentCare.trim().length).toBeGreaterThan(10);
      });

      for (const line of country.lines) {
        it(`${line.name}: required fields, dialable numbers, a source and a date`, () => {
          expect(line.country).toBe(country.code);
          expect(line.id).toMatch(/^[a-z]{2}-[a-z0-9-]+$/);
          for (const field of [line.name, line.about, line.hours, line.audience]) expect(field.trim()).not.toBe('');
          expect(line.reach.length).toBeGreaterThan(0);
          for (const reach of line.reach) {
            if (reach.kind === 'chat') {
              expect(new URL(reach.url).protocol).toBe('https:');
              continue;
            }
            expect(reach.number).toMatch(/^\d{3,11}$/);
            // The number shown is the number dialled (the display may add words such as "then option 2").
            expect(reach.display.replace(/, .*$/, '').replace(/[\s-]/g, '')).toBe(reach.number);
            if (reach.kind === 'text' && reach.keyword !== undefined) expect(reach.keyword).toMatch(/^[A-Z]+$/);
          }
          expectSourced(line.source);
        });
      }
    });
  }

  it('have unique ids', () => {
    const ids = crisisHelp.flatMap((c) => c.lines.map((l) => l.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('offer an international directory as the fallback', () => {
    expect(internationalDirectory.url).toBe('https://findahelpline.com/');
    expectSourced(internationalDirectory.source);
  });
});
