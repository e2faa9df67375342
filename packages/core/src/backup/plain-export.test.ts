// The plain export: readable JSON with everything, and CSV that spreadsheets read correctly and safely.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateVaultKey } from '../crypto/vault-key.ts';
import { helpContactRecord } from '../records/help-contact.ts';
import { EncryptedStore } from '../store/encrypted-store.ts';
import { MemoryBackend } from '../store/memory-backend.ts';
import { csvField, csvRow, plainExport } from './plain-export.ts';
import { emptyPlan, planRecord, planVersionRecord, PLAN_ID } from '../plan/plan-record.ts';

describe('plain export', () => {
  it('escapes CSV fields and neutralises formulas', () => {
    expect(csvField('Sam')).toBe('Sam');
    expect(csvField('Sam, my brother')).toBe('"Sam, my brother"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+44 7700')).toBe(`"'+44 7700"`);
  });

  it('neutralises look-alikes, controls and invisible characters in front of a formula, and drops NUL', () => {
    expect(csvField('\uFF1D1+1')).toBe(`"'\uFF1D1+1"`); // full-width =
    expect(csvField('\uFF0B44')).toBe(`"'\uFF0B44"`);
    expect(csvField('\uFF0D2')).toBe(`"'\uFF0D2"`);
    expect(csvField('\uFF20SUM(A1)')).toBe(`"'\uFF20SUM(A1)"`);
    expect(csvField('\u200B=HYPERLINK("x")')).toBe(`"'\u200B=HYPERLINK(""x"")"`);
    expect(csvField('\uFEFF@SUM(A1)')).toBe(`"'\uFEFF@SUM(A1)"`);
    expect(csvField('\u2060\u200B-1')).toBe(`"'\u2060\u200B-1"`);
    expect(csvField('\u3000=1')).toBe(`"'\u3000=1"`); // ideographic space
    expect(csvField('\t=1')).toBe(`"'\t=1"`);
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField('\u200BSam')).toBe(`"'\u200BSam"`); // hidden in front of anything
    expect(csvField('Sam\0 \0Bo')).toBe('Sam Bo');
    expect(csvField('\0=1')).toBe(`"'=1"`);
    expect(csvField('Sam - brother')).toBe('Sam - brother');
    expect(csvField(' Sam')).toBe(' Sam');
  });

  it('never lets a cell start a formula, and keeps every other character (property)', () => {
    const risky = [
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      '\0',
      ' ',
      '\u00A0',
      '\u3000',
      '\uFF1D',
      '\uFF0B',
      '\uFF0D',
      '\uFF20',
      '\uFE66',
      '\uFE62',
      '\uFE63',
      '\uFE6B',
      '\u200B',
      '\u200E',
      '\u202E',
      '\u2060',
      '\uFEFF',
      '\u00AD',
      '"',
      ',',
      "'",
      'a',
      '1',
      '\u00E9',
    ];
    const cell = fc.oneof(
      fc.array(fc.constantFrom(...risky), { maxLength: 8 }).map((chars) => chars.join('')),
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    const formula = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 4 }), (cells) => {
        const parsed = parseCsvRow(csvRow(cells));
        return (
          parsed.length === cells.length &&
          parsed.every((out, i) => {
            const original = cells[i]!.replace(/\0/g, '');
            const shown = out.replace(/^[\p{Cc}\p{Cf}\p{Z}]+/u, ''); // what a spreadsheet may strip first
            return !out.includes('\0') && !formula.test(shown) && (out === original || out === `'${original}`);
          })
        );
      }),
      { numRuns: 1000 },
    );
  }, 30_000); // generous: generating the first cases is slow on a busy machine

  it('writes every person to JSON and CSV (the plan’s people, then any old contacts not yet joined, oldest first), and says it is not encrypted', async () => {
    const store = new EncryptedStore(new MemoryBackend(), await generateVaultKey());
    const plan = emptyPlan();
    plan.sections['people-to-ask'].push({ name: 'Cy', phone: '', message: 'Call me?', note: 'my brother' });
    await store.put(planRecord, PLAN_ID, plan);
    await store.put(helpContactRecord, 'b', { name: 'Bo', phone: '07700 900123', note: 'evenings', createdAt: 2 });
    await store.put(helpContactRecord, 'a', { name: 'Al, Jr', phone: '', note: '', createdAt: 1 });
    const { json, peopleCsv } = await plainExport(store, new Date('2026-11-22T10:00:00Z'));
    const parsed = JSON.parse(json) as { encrypted: boolean; people: Array<{ name: string }>; settings: unknown };
    expect(parsed.encrypted).toBe(false);
    expect(parsed.settings).toBeNull();
    expect(parsed.people.map((p) => p.name)).toEqual(['Cy', 'Al, Jr', 'Bo']);
    expect(peopleCsv).toBe('name,phone,note,message\r\nCy,,my brother,Call me?\r\n"Al, Jr",,,\r\nBo,07700 900123,evenings,\r\n');
  });
});

describe('plain export of the plan', () => {
  it('includes the plan and its versions, newest first', async () => {
    const store = new EncryptedStore(new MemoryBackend(), await generateVaultKey());
    const plan = emptyPlan();
    plan.sections.reasons.push({ text: 'My sister' });
    await store.put(planRecord, PLAN_ID, plan);
    await store.put(planVersionRecord, '1', { savedAt: 1, changedAt: 1, reason: '', plan: emptyPlan() });
    await store.put(planVersionRecord, '2', { savedAt: 2, changedAt: 3, reason: 'after a slip', plan });
    const parsed = JSON.parse((await plainExport(store, new Date())).json) as {
      plan: typeof plan;
      planVersions: Array<{ reason: string }>;
      supportCard: unknown;
    };
    expect(parsed.plan.sections.reasons).toEqual([{ text: 'My sister' }]);
    expect(parsed.planVersions.map((v) => v.reason)).toEqual(['after a slip', '']);
    expect(parsed.supportCard).toBeNull();
  });

  it('includes check-ins (with thoughts of suicide when answered), urge episodes and journal entries', async () => {
    const { checkInMonthRecord, emptyCheckIn } = await import('../diary/checkin-record.ts');
    const { episodeMonthRecord, newEpisode } = await import('../urge/episode-record.ts');
    const { journalRecord } = await import('../diary/journal-record.ts');
    const store = new EncryptedStore(new MemoryBackend(), await generateVaultKey());
    await store.put(checkInMonthRecord, '2026-11', { days: [{ ...emptyCheckIn('2026-11-22', 1), urge: 2, suicidalThoughts: 1 }] });
    await store.put(episodeMonthRecord, '2026-11', { episodes: [{ ...newEpisode('e1', 5), outcome: 'eased' }] });
    await store.put(journalRecord, 'j1', { createdAt: 1, updatedAt: 1, prompt: null, text: 'A quiet day', feelings: [], triggers: [] });
    const parsed = JSON.parse((await plainExport(store, new Date())).json) as {
      checkIns: Array<{ urge: number; suicidalThoughts: number }>;
      urgeEpisodes: Array<{ outcome: string }>;
      journal: Array<{ text: string }>;
    };
    expect(parsed.checkIns.map((c) => [c.urge, c.suicidalThoughts])).toEqual([[2, 1]]);
    expect(parsed.urgeEpisodes.map((e) => e.outcome)).toEqual(['eased']);
    expect(parsed.journal.map((e) => e.text)).toEqual(['A quiet day']);
  });
});

/** A reader for one CSV record as RFC 4180 writes it (quoted fields may hold commas, quotes and line breaks). */
function parseCsvRow(row: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (row[i] === '"') {
      i += 1;
      while (i < row.length && !(row[i] === '"' && row[i + 1] !== '"')) {
        cell += row[i];
        i += row[i] === '"' ? 2 : 1;
      }
      i += 1; // the closing quote
    } else {
      while (i < row.length && row[i] !== ',') cell += row[i++];
    }
    cells.push(cell);
    if (i >= row.length) return cells;
    i += 1; // the comma
  }
}
