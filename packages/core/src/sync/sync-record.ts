// One record sealed for travel to the sync server: its kind, id and encoded content (or null when deleted),
// padded to a size bucket and sealed with AES-256-GCM under the sync encryption key, bound to its opaque id
// and version, so the server can neither read it nor move it to another id or version (docs/crypto-format.md).
import { concatBytes, fromUtf8, utf8 } from '../crypto/bytes.ts';
import type { VersionedData } from '../records/define-record.ts';
import { opaqueId } from './opaque-id.ts';
import { padForSync, unpadFromSync } from './padded-size.ts';
import type { SyncKeys } from './sync-keys.ts';

export const SYNC_RECORD_FORMAT = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** What travels inside the seal. `data` null: the record was deleted. */
export interface SyncPlain {
  type: string;
  id: string;
  data: VersionedData | null;
}

export type SyncRecordErrorCode = 'unknown-format' | 'too-short' | 'authentication-failed' | 'bad-padding' | 'bad-content' | 'wrong-id';

/** A sealed record that cannot be opened. Never carries plaintext. */
export class SyncRecordError extends Error {
  constructor(readonly code: SyncRecordErrorCode) {
    super(`Sync record could not be opened: ${code}`);
    this.name = 'SyncRecordError';
  }
}

/** The bytes authenticated with the ciphertext: the format, the opaque id and the version. */
const additionalData = (opaque: string, version: string) => utf8(JSON.stringify(['ebb-sync-record', SYNC_RECORD_FORMAT, opaque, version]));

/** [format = 1][12-byte IV][ciphertext ‖ tag] of `{ t, i, d }`, padded. */
export async function sealForSync(keys: Pick<SyncKeys, 'encryptionKey'>, opaque: string, version: string, record: SyncPlain): Promise<Uint8Array<ArrayBuffer>> {
  const plaintext = padForSync(utf8(JSON.stringify({ t: record.type, i: record.id, d: record.data })));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(opaque, version), tagLength: TAG_BYTES * 8 },
    keys.encryptionKey,
    plaintext,
  );
  return concatBytes(Uint8Array.of(SYNC_RECORD_FORMAT), iv, new Uint8Array(ciphertext));
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readPlain(value: unknown): SyncPlain | undefined {
  if (!isObject(value) || typeof value.t !== 'string' || typeof value.i !== 'string') return undefined;
  const d = value.d;
  if (d === null) return { type: value.t, id: value.i, data: null };
  if (!isObject(d) || typeof d.v !== 'number' || !Number.isInteger(d.v) || d.v < 1 || !('data' in d)) return undefined;
  return { type: value.t, id: value.i, data: { v: d.v, data: d.data } };
}

/**
 * Opens a record that came under `opaque` at `version`: fails (SyncRecordError) if any byte changed, if it was
 * sealed for another id or version, if its padding is not ours, or if its kind and id are not what the opaque
 * id stands for (a record copied from elsewhere under the same key).
 */
export async function openFromSync(keys: Pick<SyncKeys, 'encryptionKey' | 'idKey'>, opaque: string, version: string, sealed: Uint8Array): Promise<SyncPlain> {
  if (sealed.length < 1 + IV_BYTES + TAG_BYTES) throw new SyncRecordError('too-short');
  if (sealed[0] !== SYNC_RECORD_FORMAT) throw new SyncRecordError('unknown-format');
  let padded: Uint8Array;
  try {
    padded = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: sealed.slice(1, 1 + IV_BYTES), additionalData: additionalData(opaque, version), tagLength: TAG_BYTES * 8 },
        keys.encryptionKey,
        sealed.slice(1 + IV_BYTES),
      ),
    );
  } catch {
    throw new SyncRecordError('authentication-failed');
  }
  const content = unpadFromSync(padded);
  if (!content) throw new SyncRecordError('bad-padding');
  let plain: SyncPlain | undefined;
  try {
    plain = readPlain(JSON.parse(fromUtf8(content)));
  } catch {
    plain = undefined;
  }
  if (!plain) throw new SyncRecordError('bad-content');
  if ((await opaqueId(keys.idKey, plain.type, plain.id)) !== opaque) throw new SyncRecordError('wrong-id');
  return plain;
}
