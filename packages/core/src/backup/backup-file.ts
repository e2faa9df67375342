// The encrypted backup file (docs/backup-format.md). One JSON document: the passcode lock (wrapped keys
// only) and one AES-256-GCM payload holding every sealed record. It opens with the passcode the person
// had when they made it, or with their recovery key, on any device. Nothing inside is readable without.
// Drafts (unsaved words, records/draft.ts) and this device's sync link are left out: a backup is what the
// person saved (sync-account-record.ts, deviceOnlyTypes).
import * as v from 'valibot';
import { fromUtf8, utf8 } from '../crypto/bytes.ts';
import type { KeyWrap, VaultLock } from '../crypto/vault-lock.ts';
import type { SealedRecord } from '../store/store.ts';
import { deviceOnlyTypes } from '../sync/sync-account-record.ts';
import { decodeBase64, encodeBase64 } from './large-base64.ts';

export const BACKUP_FORMAT = 'ebb-backup';
export const BACKUP_VERSION = 1;
/** Far above any real dataset (ten years of daily use is a few megabytes), low enough to read safely. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export type BackupErrorCode = 'too-large' | 'not-a-backup' | 'future-version' | 'damaged';

/** What went wrong with a backup file. Never carries any of its content. */
export class BackupError extends Error {
  constructor(readonly code: BackupErrorCode) {
    super(`Backup cannot be used: ${code}`);
    this.name = 'BackupError';
  }
}

// Byte fields are checked as they are decoded (decodeBase64), never by a regular expression over the text.
const base64 = v.string();
const keyWrapSchema = v.object({ salt: base64, iv: base64, wrapped: base64 });
const fileSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  lock: v.object({
    version: v.literal(1),
    passcodeKind: v.picklist(['pin', 'passphrase']),
    kdf: v.pipe(v.number(), v.integer()),
    passcode: keyWrapSchema,
    recovery: keyWrapSchema,
  }),
  iv: base64,
  payload: base64,
});
const payloadSchema = v.object({
  records: v.array(v.object({ type: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)), id: v.pipe(v.string(), v.maxLength(200)), envelope: base64 })),
});

/** A backup file that has been read and checked, but not yet opened. */
export interface ParsedBackup {
  createdAt: string;
  lock: VaultLock;
  iv: Uint8Array<ArrayBuffer>;
  payload: Uint8Array<ArrayBuffer>;
}

const encodeWrap = (w: KeyWrap) => ({ salt: encodeBase64(w.salt), iv: encodeBase64(w.iv), wrapped: encodeBase64(w.wrapped) });
const decodeWrap = (w: { salt: string; iv: string; wrapped: string }): KeyWrap => ({
  salt: decodeBase64(w.salt),
  iv: decodeBase64(w.iv),
  wrapped: decodeBase64(w.wrapped),
});
const payloadAad = (createdAt: string) => utf8(JSON.stringify([BACKUP_FORMAT, BACKUP_VERSION, createdAt]));

export async function createBackup(records: readonly SealedRecord[], vaultKey: CryptoKey, lock: VaultLock, now: Date): Promise<string> {
  const createdAt = now.toISOString();
  const saved = records.filter((r) => !deviceOnlyTypes.has(r.type));
  const plaintext = utf8(JSON.stringify({ records: saved.map((r) => ({ type: r.type, id: r.id, envelope: encodeBase64(r.envelope) })) }));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const payload = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: payloadAad(createdAt) }, vaultKey, plaintext));
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt,
    lock: { version: lock.version, passcodeKind: lock.passcodeKind, kdf: lock.kdf, passcode: encodeWrap(lock.passcode), recovery: encodeWrap(lock.recovery) },
    iv: encodeBase64(iv),
    payload: encodeBase64(payload),
  });
}

/** Checks a file's size and shape. Throws BackupError; reads nothing secret. */
export function readBackupFile(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES) throw new BackupError('too-large');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError(text.trimStart().startsWith(`{"format":"${BACKUP_FORMAT}"`) ? 'damaged' : 'not-a-backup');
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) throw new BackupError('not-a-backup');
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) throw new BackupError('future-version');
  const parsed = v.safeParse(fileSchema, json);
  if (!parsed.success) throw new BackupError('damaged');
  const file = parsed.output;
  try {
    return {
      createdAt: file.createdAt,
      lock: {
        version: 1,
        passcodeKind: file.lock.passcodeKind,
        kdf: file.lock.kdf,
        passcode: decodeWrap(file.lock.passcode),
        recovery: decodeWrap(file.lock.recovery),
      },
      iv: decodeBase64(file.iv),
      payload: decodeBase64(file.payload),
    };
  } catch {
    throw new BackupError('damaged');
  }
}

/** Decrypts the payload with the vault key the backup's lock gave. Throws BackupError('damaged'). */
export async function openBackup(backup: ParsedBackup, vaultKey: CryptoKey): Promise<SealedRecord[]> {
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: backup.iv, additionalData: payloadAad(backup.createdAt) }, vaultKey, backup.payload);
  } catch {
    throw new BackupError('damaged');
  }
  try {
    const parsed = v.safeParse(payloadSchema, JSON.parse(fromUtf8(new Uint8Array(plaintext))));
    if (!parsed.success) throw new BackupError('damaged');
    return parsed.output.records.map((r) => ({ type: r.type, id: r.id, envelope: decodeBase64(r.envelope) }));
  } catch {
    throw new BackupError('damaged');
  }
}
