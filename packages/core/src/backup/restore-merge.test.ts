// Merge restores that used to drop data (issue 11, M2): a backup whose month the device already has, the
// plan, skill preferences. Now every day, episode and preference from both sides is kept, the summary
// counts what really changed, and restoring the same backup again changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateVaultKey } from '../crypto/vault-key.ts';
import { checkInMonthRecord, emptyCheckIn, withCheckIn, type CheckInMonth } from '../diary/checkin-record.ts';
import { journalRecord } from '../diary/journal-record.ts';
import { emptyPlan, planRecord, planVersionRecord, PLAN_ID, type Plan } from '../plan/plan-record.ts';
import { episodeMonthRecord, newEpisode } from '../urge/episode-record.ts';
import { emptySkillPrefs, skillPrefsRecord, SKILL_PREFS_ID } from '../urge/skill-prefs-record.ts';
import { EncryptedStore } from '../store/encrypted-store.ts';
import { MemoryBackend } from '../store/memory-backend.ts';
import { utf8 } from '../crypto/bytes.ts';
import { seal } from '../crypto/envelope.ts';
import { helpContactRecord } from '../records/help-contact.ts';
import { joinStoredPeople } from '../plan/join-stored-people.ts';
import { restoreBackup } from './restore.ts';

let backupKey: CryptoKey;
let deviceKey: CryptoKey;
beforeAll(async () => {
  backupKey = await generateVaultKey();
  deviceKey = await generateVaultKey();
});

const november = (days: number[], note = ''): CheckInMonth =>
  days.reduce<CheckInMonth | undefined>(
    (month, d) => withCheckIn(month, { ...emptyCheckIn(`2026-11-${String(d).padStart(2, '0')}`, d * 1000), note }),
    undefined,
  ) ?? { days: [] };

const planWith = (text: string): Plan => {
  const plan = emptyPlan();
  plan.sections['on-my-own'].push({ text });
  return plan;
};

async function sides() {
  const backup = new MemoryBackend();
  const device = new MemoryBackend();
  return { backup, device, backupStore: new EncryptedStore(backup, backupKey), deviceStore: new EncryptedStore(device, deviceKey) };
}

describe('merge restore', () => {
  it('adds the backup’s days to a month the device already has, and says how many', async () => {
    const { backup, device, backupStore, deviceStore } = await sides();
    await backupStore.put(checkInMonthRecord, '2026-11', november([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]));
    await deviceStore.put(checkInMonthRecord, '2026-11', november([1, 2, 3, 20]));
    for (const n of [1, 2, 3])
      await backupStore.put(journalRecord, `j${n}`, { createdAt: n, updatedAt: n, prompt: null, text: `Entry ${n}`, feelings: [], triggers: [] });
    await backupStore.put(episodeMonthRecord, '2026-11', { episodes: [{ ...newEpisode('e1', 1000), endedAt: 2000, outcome: 'eased' }] });
    await deviceStore.put(episodeMonthRecord, '2026-11', { episodes: [{ ...newEpisode('e2', 3000), endedAt: 4000, outcome: 'eased' }] });

    const summary = await restoreBackup({ backend: device, records: await backup.listAll(), backupKey, deviceKey, mode: 'merge' });
    expect(summary.added).toMatchObject({ checkInDays: 12, journalEntries: 3, urges: 1 });
    expect(summary.updated.checkInDays).toBe(0);
    const month = await deviceStore.get(checkInMonthRecord, '2026-11');
    expect(month?.days.map((d) => Number(d.day.slice(8)))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 20]);
    expect((await deviceStore.get(episodeMonthRecord, '2026-11'))?.episodes.map((e) => e.id)).toEqual(['e1', 'e2']);

    const again = await restoreBackup({ backend: device, records: await backup.listAll(), backupKey, deviceKey, mode: 'merge' });
    expect(again).toEqual({
      added: { checkInDays: 0, urges: 0, journalEntries: 0, people: 0, goals: 0, reflections: 0, planVersions: 0, hopeItems: 0 },
      updated: { checkInDays: 0, urges: 0, journalEntries: 0, people: 0, goals: 0, reflections: 0, planVersions: 0, hopeItems: 0 },
      addedSingle: [],
      updatedSingle: [],
      leftOut: 0,
    });
  });

  it('keeps the newer check-in of a day both sides have', async () => {
    const { backup, device, backupStore, deviceStore } = await sides();
    await backupStore.put(checkInMonthRecord, '2026-11', { days: [{ ...emptyCheckIn('2026-11-02', 5000), note: 'later, on the other phone' }] });
    await deviceStore.put(checkInMonthRecord, '2026-11', { days: [{ ...emptyCheckIn('2026-11-02', 1000), note: 'first' }] });
    const summary = await restoreBackup({ backend: device, records: await backup.listAll(), backupKey, deviceKey, mode: 'merge' });
    expect(summary.updated.checkInDays).toBe(1);
    expect((await deviceStore.get(checkInMonthRecord, '2026-11'))?.days[0]?.note).toBe('later, on the other phone');
  });

  it('brings in the plan by version and every skill preference', async () => {
    const { backup, device, backupStore, deviceStore } = await sides();
    await deviceStore.put(planRecord, PLAN_ID, planWith('Music'));
    await deviceStore.put(planVersionRecord, '100', { savedAt: 100, changedAt: 100, reason: '', plan: planWith('Music') });
    await backupStore.put(planRecord, PLAN_ID, planWith('A walk'));
    await backupStore.put(planVersionRecord, '100', { savedAt: 100, changedAt: 100, reason: '', plan: planWith('Music') });
    await backupStore.put(planVersionRecord, '200', { savedAt: 200, changedAt: 250, reason: 'with my therapist', plan: planWith('A walk') });
    await deviceStore.put(skillPrefsRecord, SKILL_PREFS_ID, { ...emptySkillPrefs(), favourites: ['paced-breathing'] });
    await backupStore.put(skillPrefsRecord, SKILL_PREFS_ID, { ...emptySkillPrefs(), favourites: ['stop'], hidden: ['exercise'] });

    const summary = await restoreBackup({ backend: device, records: await backup.listAll(), backupKey, deviceKey, mode: 'merge' });
    expect(summary.updatedSingle.sort()).toEqual(['plan', 'skills']);
    expect(summary.added.planVersions).toBe(1);
    expect(await deviceStore.get(planRecord, PLAN_ID)).toEqual(planWith('A walk'));
    expect((await deviceStore.list(planVersionRecord)).map((v) => v.id).sort()).toEqual(['100', '200']);
    expect(await deviceStore.get(skillPrefsRecord, SKILL_PREFS_ID)).toMatchObject({ favourites: ['paced-breathing', 'stop'], hidden: ['exercise'] });
  });

  it('leaves a device record it cannot open exactly as it is', async () => {
    const { backup, device, backupStore } = await sides();
    await backupStore.put(journalRecord, 'j1', { createdAt: 1, updatedAt: 1, prompt: null, text: 'From the backup', feelings: [], triggers: [] });
    const unreadable = { type: 'journal-entry', id: 'j1', envelope: Uint8Array.from([1, 2, 3]) };
    await device.put(unreadable);
    const summary = await restoreBackup({ backend: device, records: await backup.listAll(), backupKey, deviceKey, mode: 'merge' });
    expect(summary.added.journalEntries).toBe(0);
    expect((await device.get('journal-entry', 'j1'))?.envelope).toEqual(unreadable.envelope);
  });

  it('reports progress up to the whole', async () => {
    const { backup, device, backupStore, deviceStore } = await sides();
    for (const n of [1, 2, 3])
      await backupStore.put(journalRecord, `j${n}`, { createdAt: n, updatedAt: n, prompt: null, text: `Entry ${n}`, feelings: [], triggers: [] });
    await deviceStore.put(journalRecord, 'j1', { createdAt: 1, updatedAt: 1, prompt: null, text: 'Entry 1', feelings: [], triggers: [] });
    const seen: Array<[number, number]> = [];
    await restoreBackup({
      backend: device,
      records: await backup.listAll(),
      backupKey,
      deviceKey,
      mode: 'merge',
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen[0]).toEqual([0, 8]);
    expect(seen.at(-1)).toEqual([7, 7]); // 3 opened from the backup, 1 from the device, 2 sealed, then one write
    expect(seen.every(([done], i) => i === 0 || done > (seen[i - 1]?.[0] ?? 0))).toBe(true);
  });

  it('restores an older backup’s two lists of people (merge or replace) and they join the one list without duplicates', async () => {
    for (const mode of ['merge', 'replace'] as const) {
      const { backup, device, deviceStore } = await sides();
      // The backup as an older Ebb wrote it: a version 2 plan (people without a note) and version 1 contacts.
      const old = {
        sections: { ...emptyPlan().sections, 'people-to-ask': [{ name: 'Sam', phone: '07700 900123', message: 'Can you call me?' }] },
        likelihood: null,
        barriers: [],
      };
      const raw: Array<[string, string, unknown]> = [
        ['plan', PLAN_ID, { v: 2, data: old }],
        ['plan-version', '100', { v: 2, data: { savedAt: 100, changedAt: 100, reason: '', plan: old } }],
        ['help-contact', 'c1', { v: 1, data: { name: 'Sam', phone: '07700-900-123', note: 'my sister', createdAt: 1 } }],
        ['help-contact', 'c2', { v: 1, data: { name: 'Kim', phone: '', note: '', createdAt: 2 } }],
      ];
      for (const [type, id, stored] of raw) await backup.put({ type, id, envelope: await seal(backupKey, { type, id }, utf8(JSON.stringify(stored))) });
      // The device already has the one list, with Kim in it.
      const mine = emptyPlan();
      mine.sections['people-to-ask'].push({ name: 'Kim', phone: '', message: '', note: 'neighbour' });
      if (mode === 'merge') {
        await deviceStore.put(planRecord, PLAN_ID, mine);
        await deviceStore.put(planVersionRecord, '50', { savedAt: 50, changedAt: 50, reason: '', plan: mine });
      }
      const summary = await restoreBackup({ backend: device, records: await backup.listAll(), backupKey, deviceKey, mode });
      expect(summary.added.people).toBe(2);
      await joinStoredPeople(deviceStore, 1000);
      const people = (await deviceStore.get(planRecord, PLAN_ID))?.sections['people-to-ask'];
      // The backup's plan is the newer one; Kim from the device's plan stays among its versions.
      expect(people).toEqual([
        { name: 'Sam', phone: '07700 900123', message: 'Can you call me?', note: 'my sister' },
        { name: 'Kim', phone: '', message: '', note: '' },
      ]);
      expect(await deviceStore.list(helpContactRecord)).toEqual([]);
    }
  });
});
