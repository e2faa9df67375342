// The plain export: readable JSON with everything, and CSV that spreadsheets read correctly and safely.
import { describe, expect, it } from 'vitest';
import { generateVaultKey } from '../crypto/vault-key.ts';
import { helpContactRecord } from '../records/help-contact.ts';
import { EncryptedStore } from '../store/encrypted-store.ts';
import { MemoryBackend } from '../store/memory-backend.ts';
import { csvField, plainExport } from './plain-export.ts';
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

  it('writes every person to JSON and CSV, oldest first, and says it is not encrypted', async () => {
    const store = new EncryptedStore(new MemoryBackend(), await generateVaultKey());
    await store.put(helpContactRecord, 'b', { name: 'Bo', phone: '07700 900123', note: 'evenings', createdAt: 2 });
    await store.put(helpContactRecord, 'a', { name: 'Al, Jr', phone: '', note: '', createdAt: 1 });
    const { json, peopleCsv } = await plainExport(store, new Date('2026-11-22T10:00:00Z'));
    const parsed = JSON.parse(json) as { encrypted: boolean; people: Array<{ name: string }>; settings: unknown };
    expect(parsed.encrypted).toBe(false);
    expect(parsed.settings).toBeNull();
    expect(parsed.people.map((p) => p.name)).toEqual(['Al, Jr', 'Bo']);
    expect(peopleCsv).toBe('name,phone,note\r\n"Al, Jr",,\r\nBo,07700 900123,evenings\r\n');
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
    const parsed = JSON.parse((await plainExport(store, new Date())).json) as { plan: typeof plan; planVersions: Array<{ reason: string }>; supportCard: unknown };
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
    const parsed = JSON.parse((await plainExport(store, new Date())).json) as { checkIns: Array<{ urge: number; suicidalThoughts: number }>; urgeEpisodes: Array<{ outcome: string }>; journal: Array<{ text: string }> };
    expect(parsed.checkIns.map((c) => [c.urge, c.suicidalThoughts])).toEqual([[2, 1]]);
    expect(parsed.urgeEpisodes.map((e) => e.outcome)).toEqual(['eased']);
    expect(parsed.journal.map((e) => e.text)).toEqual(['A quiet day']);
  });
});
