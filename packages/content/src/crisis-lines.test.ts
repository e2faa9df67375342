// Every crisis line must be complete, dialable and sourced before Ebb shows it (docs/clinical-rules.md rules 2 and 15).
import { describe, expect, it } from 'vitest';
import {
  countryCodes,
  crisisHelp,
  crisisLineLanguages,
  crisisLineLanguageSources,
  crisisLineSources,
  emergencyNumberChecks,
  internationalDirectory,
  lineLanguageCodes,
  type Source,
} from './index.ts';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A check older than this many months must be redone before the data is shown again (docs/clinical-rules.md rule 15). */
const maxAgeMonths = 18;

/** Checked against the real clock, so the data ages on its own and a stale check fails the build. */
function expectSourced(source: Source, today = new Date()) {
  expect(new URL(source.url).protocol).toBe('https:');
  expect(source.verifiedOn).toMatch(isoDate);
  const verified = new Date(`${source.verifiedOn}T00:00:00Z`);
  // A real calendar day: "2026-02-30" would roll over to another date.
  expect(verified.toISOString().slice(0, 10)).toBe(source.verifiedOn);
  const oldest = new Date(today);
  oldest.setUTCMonth(oldest.getUTCMonth() - maxAgeMonths);
  expect(verified.getTime(), `${source.url} was checked on ${source.verifiedOn}, more than ${maxAgeMonths} months ago`).toBeGreaterThanOrEqual(
    oldest.getTime(),
  );
  expect(verified.getTime(), `${source.url} has a check date in the future`).toBeLessThanOrEqual(today.getTime());
}

const allSources = [
  ...Object.values(crisisLineSources),
  ...Object.values(crisisLineLanguageSources),
  ...Object.values(emergencyNumberChecks),
  internationalDirectory.source,
];
const lineIds = crisisHelp.flatMap((c) => c.lines.map((l) => l.id));
const emergencyIds = crisisHelp.flatMap((c) => c.emergency.map((e) => `${c.code}:${e.number}`));
/** A country's entries' check dates: its lines' and its emergency numbers'. */
const datesOf = (c: (typeof crisisHelp)[number]) => [
  ...c.lines.map((l) => crisisLineSources[l.id]?.verifiedOn),
  ...c.emergency.map((e) => emergencyNumberChecks[`${c.code}:${e.number}`]?.verifiedOn),
];

describe('crisis lines', () => {
  it('cover every supported country exactly once', () => {
    expect(crisisHelp.map((c) => c.code).sort()).toEqual([...countryCodes].sort());
  });

  it('match the verified table in docs/content-sources.md', () => {
    const dial = (code: string) =>
      crisisHelp
        .find((c) => c.code === code)!
        .lines.flatMap((l) =>
          l.reach.map((r) => (r.kind === 'chat' ? 'chat' : `${r.kind}:${r.number}${r.kind === 'text' && r.keyword ? `:${r.keyword}` : ''}`)),
        );
    expect(dial('US')).toEqual(['call:988', 'text:988', 'chat', 'text:741741:HOME']);
    expect(dial('CA')).toEqual(['call:988', 'text:988', 'call:18006686868', 'text:686868:CONNECT']);
    expect(dial('GB')).toEqual(['call:116123', 'text:85258:SHOUT', 'call:111', 'call:08001111']);
    expect(dial('IE')).toEqual(['call:116123', 'text:50808']);
    expect(dial('AU')).toEqual(['call:131114', 'text:0477131114', 'call:1800551800']);
    expect(dial('NZ')).toEqual(['call:1737', 'text:1737']);
    expect(dial('DE')).toEqual(['call:08001110111', 'call:08001110222']);
    expect(dial('FR')).toEqual(['call:3114']);
    expect(dial('NL')).toEqual(['call:113', 'call:08000113', 'chat']);
    expect(dial('SG')).toEqual(['call:1771', 'chat']);
    const emergency = Object.fromEntries(crisisHelp.map((c) => [c.code, c.emergency.map((e) => e.number)]));
    expect(emergency).toEqual({
      US: ['911'],
      CA: ['911'],
      GB: ['999'],
      IE: ['112', '999'],
      AU: ['000'],
      NZ: ['111'],
      DE: ['112'],
      FR: ['15', '112'],
      NL: ['112'],
      SG: ['995'],
    });
  });

  it('every source (lines, emergency numbers, directory) is https and checked within 18 months, never in the future', () => {
    // At least an emergency number and a line for every country, plus the directory.
    expect(allSources.length).toBeGreaterThanOrEqual(crisisHelp.length * 2 + 1);
    for (const source of allSources) expectSourced(source);
  });

  it('every line and every emergency number has exactly one source, and no source is left over', () => {
    expect(Object.keys(crisisLineSources).sort()).toEqual([...lineIds].sort());
    expect(Object.keys(emergencyNumberChecks).sort()).toEqual([...emergencyIds].sort());
  });

  it('each country says the oldest check of its entries, which Help now shows', () => {
    for (const c of crisisHelp) expect(c.checkedOn, c.code).toBe(datesOf(c).sort()[0]);
  });

  it('each entry carries its own check date rather than one shared for the whole file', () => {
    // Re-verification happens entry by entry, so the dates are expected to differ.
    expect(new Set(allSources.map((s) => s.verifiedOn)).size).toBeGreaterThan(1);
  });

  for (const country of crisisHelp) {
    describe(country.name, () => {
      it('has an emergency number that is dialable and sourced', () => {
        expect(country.emergency.length).toBeGreaterThan(0);
        for (const e of country.emergency) {
          expect(e.number).toMatch(/^\d{2,3}$/);
          expect(e.display.replace(/\D/g, '')).toBe(e.number);
        }
      });

      it('says where to get non-emergency care', () => {
        expect(country.urgentCare.trim().length).toBeGreaterThan(10);
      });

      for (const line of country.lines) {
        it(`${line.name}: required fields and dialable numbers`, () => {
          expect(line.country).toBe(country.code);
          expect(line.id).toMatch(/^[a-z]{2}-[a-z0-9-]+$/);
          expect(line.id.slice(0, 2)).toBe(country.code.toLowerCase());
          for (const field of [line.name, line.about, line.hours, line.audience]) expect(field.trim()).not.toBe('');
          expect(line.reach.length).toBeGreaterThan(0);
          for (const reach of line.reach) {
            if (reach.kind === 'chat') {
              expect(new URL(reach.url).protocol).toBe('https:');
              continue;
            }
            expect(reach.number).toMatch(/^\d{3,11}$/);
            // The number shown is the number dialled (the display may add words such as "then the mental health option").
            expect(reach.display.replace(/, .*$/, '').replace(/[\s-]/g, '')).toBe(reach.number);
            if (reach.kind === 'text' && reach.keyword !== undefined) expect(reach.keyword).toMatch(/^[A-Z]+$/);
          }
        });
      }
    });
  }

  it('each record the languages they answer in, the country’s main one first', () => {
    const main: Record<(typeof countryCodes)[number], string> = {
      US: 'en',
      CA: 'en',
      GB: 'en',
      IE: 'en',
      AU: 'en',
      NZ: 'en',
      DE: 'de',
      FR: 'fr',
      NL: 'nl',
      SG: 'en',
    };
    expect(Object.keys(crisisLineLanguages).sort()).toEqual([...lineIds].sort());
    for (const c of crisisHelp) {
      for (const line of c.lines) {
        const record = crisisLineLanguages[line.id]!;
        expect(record.languages[0], line.id).toBe(main[c.code]);
        expect(new Set(record.languages).size, line.id).toBe(record.languages.length);
        for (const code of record.languages) expect(lineLanguageCodes, line.id).toContain(code);
      }
    }
  });

  it('record a language beyond the main one, or a way in, only with a source of its own', () => {
    for (const [id, record] of Object.entries(crisisLineLanguages)) {
      const stated = crisisLineLanguageSources[id];
      // A line whose languages no page states records its main language only, resting on the line's own source.
      if (record.languages.length > 1 || record.inLanguage) expect(stated, `${id} has no source for its languages`).toBeDefined();
      if (stated) expectSourced(stated);
      else expect(crisisLineSources[id], id).toBeDefined();
      for (const way of Object.keys(record.inLanguage ?? {})) expect(record.languages, id).toContain(way);
    }
    for (const id of Object.keys(crisisLineLanguageSources)) expect(lineIds, id).toContain(id);
  });

  it('reach the 988 Lifeline in Spanish by pressing 2 on a call and texting AYUDA, to the line’s own number', () => {
    expect(crisisLineLanguages['us-988']?.inLanguage?.es?.reach).toEqual([
      { kind: 'call', number: '988', display: '988', press: '2' },
      { kind: 'text', number: '988', display: '988', keyword: 'AYUDA' },
    ]);
    const numbers = crisisHelp
      .flatMap((c) => c.lines)
      .find((l) => l.id === 'us-988')!
      .reach.flatMap((r) => (r.kind === 'chat' ? [] : [r.number]));
    expect(numbers).toContain('988');
  });

  it('answer in English and French in Canada, in French at the 3114 and in German at TelefonSeelsorge', () => {
    expect(crisisLineLanguages['ca-988']?.languages).toEqual(['en', 'fr']);
    expect(crisisLineLanguages['ca-kids-help-phone']?.languages).toEqual(['en', 'fr']);
    expect(crisisLineLanguages['fr-3114']?.languages).toEqual(['fr']);
    expect(crisisLineLanguages['de-telefonseelsorge']?.languages).toEqual(['de']);
  });

  it('have unique ids', () => {
    const ids = crisisHelp.flatMap((c) => c.lines.map((l) => l.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('offer an international directory as the fallback', () => {
    expect(internationalDirectory.url).toBe('https://findahelpline.com/');
  });
});

describe('the 18-month check', () => {
  const source: Source = { url: 'https://example.org/', verifiedOn: '2026-01-15' };

  it('passes a check made within 18 months of the given day', () => {
    expect(() => expectSourced(source, new Date('2027-07-01T00:00:00Z'))).not.toThrow();
  });

  it('fails a check older than 18 months', () => {
    expect(() => expectSourced(source, new Date('2027-08-01T00:00:00Z'))).toThrow(/more than 18 months ago/);
  });

  it('fails a check dated in the future', () => {
    expect(() => expectSourced(source, new Date('2026-01-14T00:00:00Z'))).toThrow(/in the future/);
  });

  it('fails a date that is not a real day', () => {
    expect(() => expectSourced({ ...source, verifiedOn: '2026-02-30' }, new Date('2026-06-01T00:00:00Z'))).toThrow();
  });
});
