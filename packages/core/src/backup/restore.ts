// Restoring a backup: every record is opened with the backup's key and checked against its schema (older
// versions migrated, newer ones refused). "Merge" then combines it with what this device holds (one merge
// per kind, packages/core/src/merge: nothing on either side is lost); "replace" takes the backup as it is.
// What changed is sealed again under this device's key and written in one atomic step, so a bad backup
// changes nothing. Progress is reported as records are opened and sealed, for long restores.
import { open, seal } from '../crypto/envelope.ts';
import { fromUtf8, utf8 } from '../crypto/bytes.ts';
import { RecordError, decodeRecord, encodeRecord, type RecordDefinition } from '../records/define-record.ts';
import type { RecordBackend, SealedRecord } from '../store/store.ts';
import { RecordSets } from '../merge/record-sets.ts';
import { mergeAll, mergeableKinds } from '../merge/merge-records.ts';
import { same } from '../merge/merge-helpers.ts';
import { BackupError } from './backup-file.ts';
import { summariseChanges, type RestoreSummary } from './restore-summary.ts';
import { deviceOnlyTypes } from '../sync/sync-account-record.ts';

export type RestoreMode = 'merge' | 'replace';

/** Records handled so far out of all there are to handle (the total may grow once the merge is known). */
export type RestoreProgress = (done: number, total: number) => void;

interface Decoded {
  type: string;
  id: string;
  value: unknown;
}

const definitions = new Map<string, RecordDefinition<unknown>>(mergeableKinds.map((k) => [k.definition.type, k.definition]));
const addressOf = (type: string, id: string) => JSON.stringify([type, id]);

async function decode(key: CryptoKey, record: SealedRecord, definition: RecordDefinition<unknown>): Promise<unknown> {
  return decodeRecord(definition, JSON.parse(fromUtf8(await open(key, record, record.envelope))));
}

/** Opens and checks every record of a backup. Throws BackupError; nothing is written. */
async function openBackupRecords(records: readonly SealedRecord[], backupKey: CryptoKey, step: () => void): Promise<Decoded[]> {
  const seen = new Set<string>();
  const decoded: Decoded[] = [];
  for (const record of records) {
    const definition = definitions.get(record.type);
    if (!definition) throw new BackupError('future-version'); // a kind of record this Ebb does not know yet
    const address = addressOf(record.type, record.id);
    if (seen.has(address)) throw new BackupError('damaged');
    seen.add(address);
    try {
      decoded.push({ type: record.type, id: record.id, value: await decode(backupKey, record, definition) });
    } catch (error) {
      throw new BackupError(error instanceof RecordError && error.code === 'future-version' ? 'future-version' : 'damaged');
    }
    step();
  }
  return decoded;
}

/**
 * This device's records, opened. One that cannot be opened (damaged, or from a newer Ebb) is left exactly
 * as it is, and the backup's record at the same place is not written over it.
 */
async function openDeviceRecords(
  records: readonly SealedRecord[],
  deviceKey: CryptoKey,
  step: () => void,
): Promise<{ decoded: Decoded[]; untouchable: Set<string> }> {
  const decoded: Decoded[] = [];
  const untouchable = new Set<string>();
  for (const record of records) {
    const definition = definitions.get(record.type);
    try {
      if (!definition) throw new Error('Unknown kind');
      decoded.push({ type: record.type, id: record.id, value: await decode(deviceKey, record, definition) });
    } catch {
      untouchable.add(addressOf(record.type, record.id));
    }
    step();
  }
  return { decoded, untouchable };
}

export interface RestoreRequest {
  backend: RecordBackend;
  /** The backup's records, as openBackup gave them. */
  records: readonly SealedRecord[];
  backupKey: CryptoKey;
  deviceKey: CryptoKey;
  mode: RestoreMode;
  onProgress?: RestoreProgress | undefined;
}

/** Restores a backup. Returns what really changed (for replace: what this device now holds). */
export async function restoreBackup({ backend, records, backupKey, deviceKey, mode, onProgress }: RestoreRequest): Promise<RestoreSummary> {
  const all = await backend.listAll();
  const device = mode === 'merge' ? all : [];
  // Replacing keeps what a backup never holds: unsaved words and this device's link to its sync account. The
  // sync bookkeeping goes, so the next sync combines the restored records with the synced copy (nothing is
  // lost on other devices) instead of reading the restore as deletions to spread.
  const keptOnDevice = mode === 'replace' ? all.filter((r) => deviceOnlyTypes.has(r.type) && r.type !== 'sync-state') : [];
  let done = 0;
  // Until the merge is known, assume every backup record will be written; the write itself is the last step.
  let total = records.length + device.length + records.length + 1;
  const step = () => onProgress?.(++done, total);
  onProgress?.(0, total);

  const fromBackup = await openBackupRecords(records, backupKey, step);
  const { decoded: fromDevice, untouchable } = await openDeviceRecords(device, deviceKey, step);
  const before = RecordSets.of(fromDevice);
  const backupSets = RecordSets.of(fromBackup.filter((r) => !untouchable.has(addressOf(r.type, r.id))));
  const { merged, leftOut } = mode === 'merge' ? mergeAll(before, backupSets) : { merged: backupSets, leftOut: 0 };

  const toWrite: Decoded[] = [];
  for (const type of definitions.keys()) {
    for (const [id, value] of merged.ofType(type)) {
      const previous = before.ofType(type).get(id);
      if (mode === 'replace' || previous === undefined || !same(previous, value)) toWrite.push({ type, id, value });
    }
  }
  total = records.length + device.length + toWrite.length + 1;
  const sealed: SealedRecord[] = [];
  for (const { type, id, value } of toWrite) {
    const definition = definitions.get(type);
    if (!definition) continue;
    let plaintext: Uint8Array<ArrayBuffer>;
    try {
      plaintext = utf8(JSON.stringify(encodeRecord(definition, value)));
    } catch {
      throw new BackupError('damaged');
    }
    sealed.push({ type, id, envelope: await seal(deviceKey, { type, id }, plaintext) });
    step();
  }
  await backend.putAll([...sealed, ...keptOnDevice], { replace: mode === 'replace' });
  step();
  return summariseChanges(before, merged, [...definitions.keys()], leftOut);
}

/** How many of each kind of record a backup holds, for the preview. */
export function summariseRecords(records: readonly SealedRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of records) counts[r.type] = (counts[r.type] ?? 0) + 1;
  return counts;
}
