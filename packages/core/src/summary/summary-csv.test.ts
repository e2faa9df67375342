// The summary's CSV: known records → known rows, RFC 4180 quoting, and no cell a spreadsheet could run as a
// formula, whatever the person wrote (property-tested through a CSV parser written here).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { buildSummary, defaultSummaryChoices, type SummaryChoices } from './summary.ts';
import { csvCell, englishCsvLabels, summaryCsv } from './summary-csv.ts';
import { card, knownWeek } from './summary-fixture.test-support.ts';

const week = { kind: 'week', first: '2026-11-02' } as const;
const everything: SummaryChoices = { ...defaultSummaryChoices, card: { ...defaultSummaryChoices.card, suicidalThoughts: true, note: true } };

beforeEach(() => vi.stubEnv('TZ', 'Asia/Kolkata'));
afterEach(() => vi.unstubAllEnvs());

/** RFC 4180 parsing: fields split by commas, records by CRLF, quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      records.push([...fields, field]);
      fields = [];
      field = '';
      i++;
    } else if (ch === '"' || ch === '\r' || ch === '\n') throw new Error(`unquoted ${JSON.stringify(ch)} at ${i}`);
    else field += ch;
  }
  if (quoted || field !== '' || fields.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

const row = (...cells: Array<string | number>) => cells.join(',') + '\r\n';
const empty = (n: number) => Array<string>(n).fill('');

describe('summaryCsv', () => {
  it('writes a header and one row per day, "not recorded" where nothing was', () => {
    const csv = summaryCsv(buildSummary(knownWeek(), week, everything));
    const header = [
      'Date',
      'Recorded',
      'Urge to self-harm (0-5)',
      'Self-harm',
      'Thoughts of suicide (0-5)',
      'Sad (0-5)',
      'Shame (0-5)',
      'Angry (0-5)',
      'Calm (0-5)',
      'TIP (skills use 0-7)',
      'Walk the dog (skills use 0-7)',
      'Sleep (hours)',
      'Ate regularly',
      'Moved',
      'Connected with someone',
      'Medication as prescribed',
      'Therapy or support',
      'Note',
      'Urge episodes noted',
    ];
    expect(csv).toBe(
      row(...header) +
        row('2026-11-02', 'recorded', 3, 'no', 2, 4, '', 1, '', 5, 2, 6.5, 'yes', 'no', '', '', '', `"'=SUM(A1) a hard day, ""ok"" in the end"`, 0) +
        row('2026-11-03', 'recorded', ...empty(16), 1) +
        row('2026-11-04', 'recorded', 1, '', '', '', '', '', 2, ...empty(9), 0) +
        row('2026-11-05', 'recorded', '', 'yes', ...empty(14), 1) +
        row('2026-11-06', 'not recorded', ...empty(17)) +
        row('2026-11-07', 'not recorded', ...empty(17)) +
        row('2026-11-08', 'not recorded', ...empty(17)),
    );
  });

  it('has only the columns chosen, in the words it is given', () => {
    const summary = buildSummary(knownWeek(), week, {
      card: { ...everything.card, emotions: false, skills: false, selfCare: false, note: false, suicidalThoughts: false },
      episodes: false,
      reflections: [],
      plan: true,
    });
    const labels = {
      ...englishCsvLabels,
      day: 'Datum',
      recorded: 'Erfasst',
      wasRecorded: 'erfasst',
      notRecorded: 'nicht erfasst',
      urge: 'Drang',
      selfHarm: 'Selbstverletzung',
      yes: 'ja',
      no: 'nein',
    };
    expect(parseCsv(summaryCsv(summary, labels)).slice(0, 3)).toEqual([
      ['Datum', 'Erfasst', 'Drang', 'Selbstverletzung'],
      ['2026-11-02', 'erfasst', '3', 'nein'],
      ['2026-11-03', 'erfasst', '', ''],
    ]);
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=1+1', "'=1+1"],
    ['+44 20', "'+44 20"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\r=1', `"'\r=1"`],
    ['＝1+1', "'＝1+1"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['', ''],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

const formulaStart = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', '\r\n', '＝').chain((start) => fc.string().map((rest) => start + rest)),
);

describe('summaryCsv on generated words', () => {
  it('round-trips every note, emotion and skill name through a CSV parser, and no cell starts a formula', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (note, emotion, skill) => {
        const source = {
          ...knownWeek(),
          checkIns: [card('2026-11-03', { note, emotions: [{ name: emotion, value: 3 }], skills: [{ skillId: 'own', score: 7 }] })],
          skillNames: new Map([['own', skill]]),
          emotionRows: [],
        };
        const records = parseCsv(summaryCsv(buildSummary(source, week, everything)));
        expect(records).toHaveLength(8);
        for (const record of records) expect(record).toHaveLength(records[0]?.length ?? 0);
        const shown = (value: string) => (formulaStart.test(value) ? `'${value}` : value);
        expect(records[0]).toContain(shown(`${emotion} (0-5)`));
        expect(records[0]).toContain(shown(`${skill} (skills use 0-7)`));
        expect(records[2]?.at(-2)).toBe(shown(note));
        for (const cell of records.flat()) expect(cell).not.toMatch(formulaStart);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
