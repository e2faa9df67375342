// A backup of 40 MB (the H3: one of 5.6 MB made by the app itself could not be restored) makes the
// whole round trip: made, read, opened with the recovery key, restored into another device, every entry back.
import { expect, it } from 'vitest';
import { generateVaultKey } from '../crypto/vault-key.ts';
import { createVaultLock, unlockWithRecoveryKey } from '../crypto/vault-lock.ts';
import { journalRecord, JOURNAL_LIMITS, type JournalEntry } from '../diary/journal-record.ts';
import { EncryptedStore } from '../store/encrypted-store.ts';
import { MemoryBackend } from '../store/memory-backend.ts';
import { MAX_BACKUP_BYTES, createBackup, openBackup, readBackupFile } from './backup-file.ts';
import { restoreBackup } from './restore.ts';

const ENTRIES = 1_200;

/** A long entry of ordinary words, different for each entry. */
const entry = (n: number): JournalEntry => {
  const words = ['today', 'walked', 'rain', 'called', 'tea', 'tired', 'better', 'music', 'slept', 'wrote'];
  let text = `Entry ${n}:`;
  for (let i = 0; text.length < JOURNAL_LIMITS.text - 12; i++) text += ` ${words[(n * 7 + i * 3) % words.length]}`;
  return { createdAt: n, updatedAt: n, prompt: null, text, feelings: [], triggers: [] };
};

it('restores a 40 MB backup, every record intact', async () => {
  const backupKey = await generateVaultKey();
  const { lock, recoveryKey } = await createVaultLock(backupKey, 'tide and moon', 'passphrase');
  const source = new MemoryBackend();
  const sourceStore = new EncryptedStore(source, backupKey);
  for (let n = 0; n < ENTRIES; n++) await sourceStore.put(journalRecord, `entry-${n}`, entry(n));

  const timings: Record<string, number> = {};
  let started = performance.now();
  const lap = (name: string) => {
    timings[name] = Math.round(performance.now() - started);
    started = performance.now();
  };
  const file = await createBackup(await source.listAll(), backupKey, lock, new Date());
  lap('make');
  expect(file.length).toBeGreaterThan(40_000_000);
  expect(file.length).toBeLessThanOrEqual(MAX_BACKUP_BYTES);

  const parsed = readBackupFile(file);
  lap('read');
  const key = await unlockWithRecoveryKey(parsed.lock, recoveryKey);
  const records = await openBackup(parsed, key);
  lap('open');
  const deviceKey = await generateVaultKey();
  const device = new MemoryBackend();
  let reports = 0;
  const summary = await restoreBackup({ backend: device, records, backupKey: key, deviceKey, mode: 'merge', onProgress: () => reports++ });
  lap('restore');

  expect(summary.added.journalEntries).toBe(ENTRIES);
  expect(reports).toBeGreaterThanOrEqual(ENTRIES * 2);
  const restored = await new EncryptedStore(device, deviceKey).list(journalRecord);
  expect(restored).toHaveLength(ENTRIES);
  for (const n of [0, 599, ENTRIES - 1]) expect(restored.find((r) => r.id === `entry-${n}`)?.value).toEqual(entry(n));
  console.info(`40 MB backup (${(file.length / 1e6).toFixed(1)} M characters), ms:`, timings);
}, 120_000);
