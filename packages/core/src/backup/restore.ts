// Restoring a backup: every record is opened with the backup's key, checked against its schema (older
// versions migrated, newer ones refused) and sealed again under this device's key — all before anything is
// written. Only then is the result written in one atomic step, so a bad backup changes nothing.
import { open, seal } from '../crypto/envelope.ts';
import { fromUtf8, utf8 } from '../crypto/bytes.ts';
import { RecordError } from '../records/define-record.ts';
import type { RecordKind } from '../records/all-records.ts';
import type { RecordBackend, SealedRecord } from '../store/store.ts';
import { BackupError } from './backup-file.ts';

export type RestoreMode = 'merge' | 'replace';

export async function prepareRestore(
  records: readonly SealedRecord[],
  backupKey: CryptoKey,
  deviceKey: CryptoKey,
  kinds: readonly RecordKind[],
): Promise<SealedRecord[]> {
  const byType = new Map(kinds.map((k) => [k.type, k]));
  const seen = new Set<string>();
  const prepared: SealedRecord[] = [];
  for (const record of records) {
    const kind = byType.get(record.type);
    if (!kind) throw new BackupError('future-version'); // a kind of record this Ebb does not know yet
    const key = JSON.stringify([record.type, record.id]);
    if (seen.has(key)) throw new BackupError('damaged');
    seen.add(key);
    let current: unknown;
    try {
      const plaintext = await open(backupKey, record, record.envelope);
      current = kind.reencode(JSON.parse(fromUtf8(plaintext)));
    } catch (error) {
      throw new BackupError(error instanceof RecordError && error.code === 'future-version' ? 'future-version' : 'damaged');
    }
    const envelope = await seal(deviceKey, record, utf8(JSON.stringify(current)));
    prepared.push({ type: record.type, id: record.id, envelope });
  }
  return prepared;
}

/** Merge keeps what is on this device where both have the same item, and adds the rest. */
export async function applyRestore(backend: RecordBackend, prepared: readonly SealedRecord[], mode: RestoreMode): Promise<number> {
  if (mode === 'replace') {
    await backend.putAll(prepared, { replace: true });
    return prepared.length;
  }
  const existing = new Set((await backend.listAll()).map((r) => JSON.stringify([r.type, r.id])));
  const added = prepared.filter((r) => !existing.has(JSON.stringify([r.type, r.id])));
  await backend.putAll(added, { replace: false });
  return added.length;
}

/** How many of each kind of record a backup holds, for the preview. */
export function summariseRecords(records: readonly SealedRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of records) counts[r.type] = (counts[r.type] ?? 0) + 1;
  return counts;
}
