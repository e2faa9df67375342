// Backups: export then restore gives back exactly the same data (property, 1,000 datasets); and every kind
// of bad file ends in a clear error with the device's data untouched.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { languages } from '@ebb/content';
import { toBase64, toHex, utf8 } from '../crypto/bytes.ts';
import { seal } from '../crypto/envelope.ts';
import { generateVaultKey } from '../crypto/vault-key.ts';
import { LockError, createVaultLock, unlockWithPasscode, unlockWithRecoveryKey, type VaultLock } from '../crypto/vault-lock.ts';
import { helpContactRecord, type HelpContact } from '../records/help-contact.ts';
import { settingsRecord, SETTINGS_ID, countryChoices, themes, textSizes, type Settings } from '../records/settings.ts';
import { EncryptedStore } from '../store/encrypted-store.ts';
import { PLAN_ID, emptyPlan, planRecord, planVersionRecord } from '../plan/plan-record.ts';
import { MemoryBackend } from '../store/memory-backend.ts';
import { draftRecord } from '../records/draft.ts';
import { SYNC_ACCOUNT_ID, syncAccountRecord } from '../sync/sync-account-record.ts';
import { BackupError, MAX_BACKUP_BYTES, createBackup, openBackup, readBackupFile } from './backup-file.ts';
import { restoreBackup, summariseRecords, type RestoreMode } from './restore.ts';

const PASSCODE = '2468';
let backupKey: CryptoKey;
let lock: VaultLock;
let recoveryKey: string;

beforeAll(async () => {
  backupKey = await generateVaultKey();
  ({ lock, recoveryKey } = await createVaultLock(backupKey, PASSCODE, 'pin'));
});

const text = fc.string({ maxLength: 60 });
const settingsArb: fc.Arbitrary<Settings> = fc.record({
  country: fc.constantFrom(...countryChoices, null),
  theme: fc.constantFrom(...themes),
  textSize: fc.constantFrom(...textSizes),
  autoLock: fc.record({ idleMinutes: fc.constantFrom(1 as const, 5 as const, 15 as const, 60 as const, null), whenHidden: fc.boolean() }),
  discreet: fc.boolean(),
  backupReminder: fc.record({ everyDays: fc.constantFrom(7 as const, 30 as const, null), lastBackupAt: fc.option(fc.nat(), { nil: null }) }),
  reminders: fc.record({
    checkInAt: fc.option(
      fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      { nil: null },
    ),
    planReviewEveryDays: fc.constantFrom(14 as const, 30 as const, 90 as const, null),
    notify: fc.boolean(),
  }),
  gentleNotes: fc.boolean(),
  language: fc.constantFrom(null, ...languages),
});
const contactArb: fc.Arbitrary<HelpContact> = fc.record({
  name: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== ''),
  phone: fc.stringMatching(/^\+?[0-9 ]{0,20}$/),
  note: text,
  createdAt: fc.nat(),
});
const datasetArb = fc.record({
  settings: fc.option(settingsArb, { nil: undefined }),
  contacts: fc.uniqueArray(fc.tuple(fc.uuid(), contactArb), { maxLength: 6, selector: ([id]) => id }),
});

interface Dataset {
  settings: Settings | undefined;
  contacts: [string, HelpContact][];
}

async function storeWith(dataset: Dataset, key: CryptoKey) {
  const backend = new MemoryBackend();
  const store = new EncryptedStore(backend, key);
  if (dataset.settings) await store.put(settingsRecord, SETTINGS_ID, dataset.settings);
  for (const [id, contact] of dataset.contacts) await store.put(helpContactRecord, id, contact);
  return { backend, store };
}

const readAll = async (store: EncryptedStore) => ({
  settings: await store.get(settingsRecord, SETTINGS_ID),
  contacts: (await store.list(helpContactRecord)).sort((a, b) => a.id.localeCompare(b.id)),
});

/** The whole restore path, as the app runs it. */
async function restore(
  fileText: string,
  secret: { passcode: string } | { recoveryKey: string },
  device: MemoryBackend,
  deviceKey: CryptoKey,
  mode: RestoreMode,
) {
  const parsed = readBackupFile(fileText);
  const key = 'passcode' in secret ? await unlockWithPasscode(parsed.lock, secret.passcode) : await unlockWithRecoveryKey(parsed.lock, secret.recoveryKey);
  const records = await openBackup(parsed, key);
  return restoreBackup({ backend: device, records, backupKey: key, deviceKey, mode });
}

const snapshot = async (backend: MemoryBackend) =>
  (await backend.listAll())
    .map((r) => `${r.type}/${r.id}/${toHex(r.envelope)}`)
    .sort()
    .join('\n');

describe('backup round trip', () => {
  it('export then restore gives back exactly the same data (1,000 generated datasets)', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (dataset) => {
        const source = await storeWith(dataset, backupKey);
        const file = await createBackup(await source.backend.listAll(), backupKey, lock, new Date('2026-11-22T10:00:00Z'));
        const deviceKey = await generateVaultKey();
        const device = new MemoryBackend();
        await restore(file, { recoveryKey }, device, deviceKey, 'replace');
        expect(await readAll(new EncryptedStore(device, deviceKey))).toEqual(await readAll(source.store));
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('carries a plan and its versions', async () => {
    const source = await storeWith({ settings: undefined, contacts: [] }, backupKey);
    const plan = emptyPlan();
    plan.sections.reasons.push({ text: 'My sister' });
    await source.store.put(planRecord, PLAN_ID, plan);
    await source.store.put(planVersionRecord, '1', { savedAt: 1, changedAt: 1, reason: 'with my therapist', plan });
    const file = await createBackup(await source.backend.listAll(), backupKey, lock, new Date());
    const deviceKey = await generateVaultKey();
    const device = new MemoryBackend();
    await restore(file, { recoveryKey }, device, deviceKey, 'replace');
    const restored = new EncryptedStore(device, deviceKey);
    expect(await restored.get(planRecord, PLAN_ID)).toEqual(plan);
    expect((await restored.get(planVersionRecord, '1'))?.reason).toBe('with my therapist');
  });

  it("leaves this device's sync link and drafts out of a backup, and keeps them through a replace (sync bookkeeping goes)", async () => {
    const source = await storeWith({ settings: undefined, contacts: [['a', { name: 'Ash', phone: '', note: '', createdAt: 1 }]] }, backupKey);
    const link = { secret: 'A'.repeat(43), deviceId: 'dev1', registered: true, syncing: true, lastSyncedAt: null };
    await source.store.put(syncAccountRecord, SYNC_ACCOUNT_ID, link);
    await source.store.put(draftRecord, 'journal:new', { fields: { text: 'half a thought' }, updatedAt: 1 });
    const file = await createBackup(await source.backend.listAll(), backupKey, lock, new Date());
    const parsed = readBackupFile(file);
    expect(summariseRecords(await openBackup(parsed, await unlockWithPasscode(parsed.lock, PASSCODE)))).toEqual({ 'help-contact': 1 });

    const deviceKey = await generateVaultKey();
    const device = new MemoryBackend();
    const store = new EncryptedStore(device, deviceKey);
    await store.put(syncAccountRecord, SYNC_ACCOUNT_ID, link);
    await store.put(draftRecord, 'journal:new', { fields: { text: 'typed here' }, updatedAt: 2 });
    await device.put({ type: 'sync-state', id: 'this-device', envelope: await seal(deviceKey, { type: 'sync-state', id: 'this-device' }, utf8('{}')) });
    await restore(file, { recoveryKey }, device, deviceKey, 'replace');
    expect(await store.get(syncAccountRecord, SYNC_ACCOUNT_ID)).toEqual(link);
    expect((await store.get(draftRecord, 'journal:new'))?.fields).toEqual({ text: 'typed here' });
    expect(await device.get('sync-state', 'this-device')).toBeUndefined();
    expect((await store.list(helpContactRecord)).map((c) => c.value.name)).toEqual(['Ash']);
  });

  it('opens with the passcode as well as the recovery key, and previews what it holds', async () => {
    const source = await storeWith({ settings: undefined, contacts: [['a', { name: 'Ash', phone: '', note: '', createdAt: 1 }]] }, backupKey);
    const file = await createBackup(await source.backend.listAll(), backupKey, lock, new Date());
    const parsed = readBackupFile(file);
    const records = await openBackup(parsed, await unlockWithPasscode(parsed.lock, PASSCODE));
    expect(summariseRecords(records)).toEqual({ 'help-contact': 1 });
  });

  it('merge keeps both versions of a person changed on both sides and adds the rest; replace takes the backup as it is', async () => {
    const source = await storeWith(
      {
        settings: undefined,
        contacts: [
          ['shared', { name: 'From backup', phone: '', note: '', createdAt: 1 }],
          ['only-backup', { name: 'New', phone: '', note: '', createdAt: 2 }],
        ],
      },
      backupKey,
    );
    const file = await createBackup(await source.backend.listAll(), backupKey, lock, new Date());
    const deviceKey = await generateVaultKey();
    const device = new MemoryBackend();
    const deviceStore = new EncryptedStore(device, deviceKey);
    await deviceStore.put(helpContactRecord, 'shared', { name: 'On device', phone: '', note: '', createdAt: 3 });
    await deviceStore.put(helpContactRecord, 'only-device', { name: 'Mine', phone: '', note: '', createdAt: 4 });

    const summary = await restore(file, { recoveryKey }, device, deviceKey, 'merge');
    expect(summary.added.people).toBe(2); // the new person, and the backup's version of the shared one beside this device's
    expect((await deviceStore.list(helpContactRecord)).map((c) => c.value.name).sort()).toEqual(['From backup', 'Mine', 'New', 'On device']);
    expect((await restore(file, { recoveryKey }, device, deviceKey, 'merge')).added.people).toBe(0);

    await restore(file, { recoveryKey }, device, deviceKey, 'replace');
    expect((await deviceStore.list(helpContactRecord)).map((c) => c.value.name).sort()).toEqual(['From backup', 'New']);
  });
});

describe('bad backup files lose nothing', () => {
  let valid: string;
  let device: MemoryBackend;
  let deviceKey: CryptoKey;
  let before: string;

  beforeAll(async () => {
    const source = await storeWith({ settings: undefined, contacts: [['a', { name: 'Ash', phone: '01234 567', note: 'x', createdAt: 1 }]] }, backupKey);
    valid = await createBackup(await source.backend.listAll(), backupKey, lock, new Date('2026-11-22T10:00:00Z'));
    deviceKey = await generateVaultKey();
    ({ backend: device } = await storeWith(
      { settings: undefined, contacts: [['mine', { name: 'Device person', phone: '', note: '', createdAt: 5 }]] },
      deviceKey,
    ));
    before = await snapshot(device);
  });

  async function expectRefused(fileText: string, code: string, secret: { passcode: string } | { recoveryKey: string } = { recoveryKey }) {
    const error = await restore(fileText, secret, device, deviceKey, 'replace').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error instanceof BackupError || error instanceof LockError, String(error)).toBe(true);
    expect((error as BackupError | LockError).code).toBe(code);
    expect(await snapshot(device)).toBe(before);
  }

  const edit = (change: (file: Record<string, unknown>) => void) => {
    const file = JSON.parse(valid) as Record<string, unknown>;
    change(file);
    return JSON.stringify(file);
  };

  async function backupOf(records: Array<{ type: string; id: string; envelope: Uint8Array<ArrayBuffer> }>) {
    return createBackup(records, backupKey, lock, new Date('2026-11-22T10:00:00Z'));
  }

  it('malformed: not JSON, or JSON that is not a backup', async () => {
    await expectRefused('hello', 'not-a-backup');
    await expectRefused('{"a":1}', 'not-a-backup');
    await expectRefused('', 'not-a-backup');
  });

  it('truncated', async () => {
    await expectRefused(valid.slice(0, Math.floor(valid.length / 2)), 'damaged');
    await expectRefused(valid.slice(0, -1), 'damaged');
  });

  it('tampered payload, IV or date', async () => {
    // The first character always changes (a payload that happens to start with "A" gets a "B").
    await expectRefused(
      edit((f) => (f.payload = `${String(f.payload).startsWith('A') ? 'B' : 'A'}${String(f.payload).slice(1)}`)),
      'damaged',
    );
    await expectRefused(
      edit((f) => (f.iv = toBase64(new Uint8Array(12)))),
      'damaged',
    );
    await expectRefused(
      edit((f) => (f.createdAt = '2020-01-01T00:00:00.000Z')),
      'damaged',
    );
  });

  it('wrong passcode, wrong recovery key, tampered lock', async () => {
    await expectRefused(valid, 'wrong-passcode', { passcode: '1357' });
    await expectRefused(valid, 'wrong-recovery-key', { recoveryKey: recoveryKey.replace(/^.{4}/, 'ZZZZ') });
    await expectRefused(
      edit((f) => ((f.lock as { recovery: { wrapped: string } }).recovery.wrapped = toBase64(new Uint8Array(40)))),
      'wrong-recovery-key',
    );
  });

  it('from a newer Ebb: a newer file format, an unknown kind of record, or a newer record version', async () => {
    await expectRefused(
      edit((f) => (f.version = 2)),
      'future-version',
    );
    const sealAs = async (type: string, id: string, data: unknown) => ({ type, id, envelope: await seal(backupKey, { type, id }, utf8(JSON.stringify(data))) });
    await expectRefused(await backupOf([await sealAs('mood-log', 'x', { v: 1, data: {} })]), 'future-version');
    await expectRefused(await backupOf([await sealAs('help-contact', 'x', { v: 9, data: {} })]), 'future-version');
  });

  it('records that are invalid, duplicated or moved to another id', async () => {
    const sealAs = async (type: string, id: string, data: unknown) => ({ type, id, envelope: await seal(backupKey, { type, id }, utf8(JSON.stringify(data))) });
    await expectRefused(await backupOf([await sealAs('help-contact', 'x', { v: 1, data: { name: '' } })]), 'damaged');
    const good = await sealAs('help-contact', 'x', { v: 1, data: { name: 'A', phone: '', note: '', createdAt: 1 } });
    await expectRefused(await backupOf([good, good]), 'damaged');
    await expectRefused(await backupOf([{ ...good, id: 'y' }]), 'damaged');
  });

  it('oversized', async () => {
    await expectRefused(' '.repeat(MAX_BACKUP_BYTES + 1), 'too-large');
  });

  it('any generated corruption ends in a clear error or a correct restore, never in changed data otherwise', async () => {
    // What restoring the intact file gives: the only outcome a corrupted file may have besides a clear error.
    const intact = new MemoryBackend();
    await intact.putAll(await device.listAll(), { replace: true });
    await restore(valid, { recoveryKey }, intact, deviceKey, 'merge');
    const correct = await readAll(new EncryptedStore(intact, deviceKey));
    expect(correct.contacts.map((c) => c.value.name).sort()).toEqual(['Ash', 'Device person']);
    let restored = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: valid.length - 1 }), fc.constantFrom('A', '0', '"', '}', '', 'é'), async (position, replacement) => {
        const corrupted = valid.slice(0, position) + replacement + valid.slice(position + 1);
        const fresh = new MemoryBackend();
        await fresh.putAll(await device.listAll(), { replace: true });
        const error = await restore(corrupted, { recoveryKey }, fresh, deviceKey, 'merge').then(
          () => undefined,
          (e: unknown) => e,
        );
        if (error === undefined) {
          // A change that did not matter (the same character, or one inside a part the file does not read):
          // the data must be exactly what the intact file gives.
          restored++;
          expect(await readAll(new EncryptedStore(fresh, deviceKey))).toEqual(correct);
          return;
        }
        expect(error instanceof BackupError || error instanceof LockError, String(error)).toBe(true);
        expect(await snapshot(fresh)).toBe(before);
      }),
      // The first example changes a character to itself, so the restored branch is always checked at least once.
      { numRuns: 300, examples: [[valid.indexOf('"format"'), '"']] },
    );
    expect(restored).toBeGreaterThan(0);
  }, 60_000);
});
