// Drafts: kept as typed (even past what a form may save), versioned like every record, and never carried
// into a backup, while a restore leaves this device's drafts as they are.
import { describe, expect, it } from 'vitest';
import { generateVaultKey } from '../crypto/vault-key.ts';
import { createVaultLock, unlockWithPasscode } from '../crypto/vault-lock.ts';
import { EncryptedStore } from '../store/encrypted-store.ts';
import { MemoryBackend } from '../store/memory-backend.ts';
import { createBackup, openBackup, readBackupFile } from '../backup/backup-file.ts';
import { restoreBackup } from '../backup/restore.ts';
import { journalRecord } from '../diary/journal-record.ts';
import { RecordError, decodeRecord, encodeRecord } from './define-record.ts';
import { DRAFT_LIMITS, draftRecord } from './draft.ts';

const entry = { createdAt: 1, updatedAt: 1, prompt: null, text: 'A calmer evening', feelings: [], triggers: [] };

describe('draft record', () => {
  it('keeps every field exactly as typed, spaces and all', () => {
    const draft = { fields: { text: '  half a thought\n', tags: 'work, ' }, updatedAt: 5 };
    expect(decodeRecord(draftRecord, encodeRecord(draftRecord, draft))).toEqual(draft);
  });

  it('keeps words longer than a journal entry may be, so the form can say what to fix', () => {
    const draft = { fields: { text: 'a'.repeat(30_000) }, updatedAt: 1 };
    expect(decodeRecord(draftRecord, encodeRecord(draftRecord, draft)).fields.text).toHaveLength(30_000);
  });

  it('refuses a shape it cannot hold rather than keeping part of it', () => {
    const tooMany = Object.fromEntries(Array.from({ length: DRAFT_LIMITS.fields + 1 }, (_, i) => [`f${i}`, 'x']));
    expect(() => encodeRecord(draftRecord, { fields: tooMany, updatedAt: 1 })).toThrow(RecordError);
    expect(() => encodeRecord(draftRecord, { fields: { text: 'a'.repeat(DRAFT_LIMITS.text + 1) }, updatedAt: 1 })).toThrow(RecordError);
  });

  it('refuses a draft written by a newer Ebb', () => {
    expect(() => decodeRecord(draftRecord, { v: draftRecord.version + 1, data: {} })).toThrow(expect.objectContaining({ code: 'future-version' }) as Error);
  });
});

describe('drafts and backups', () => {
  it('a backup leaves drafts out; restoring it (merge) keeps the drafts on this device', async () => {
    const key = await generateVaultKey();
    const { lock } = await createVaultLock(key, '2468', 'pin');
    const backend = new MemoryBackend();
    const store = new EncryptedStore(backend, key);
    await store.put(journalRecord, 'e1', entry);
    await store.put(draftRecord, 'journal:new', { fields: { text: 'not saved yet' }, updatedAt: 2 });

    const parsed = readBackupFile(await createBackup(await backend.listAll(), key, lock, new Date()));
    const backupKey = await unlockWithPasscode(parsed.lock, '2468');
    const records = await openBackup(parsed, backupKey);
    expect(records.map((r) => r.type)).toEqual(['journal-entry']);

    await restoreBackup({ backend, records, backupKey, deviceKey: key, mode: 'merge' });
    expect(await store.get(draftRecord, 'journal:new')).toEqual({ fields: { text: 'not saved yet' }, updatedAt: 2 });
    expect(await store.get(journalRecord, 'e1')).toEqual(entry);
  });
});
