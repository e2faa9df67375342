// The sync secret and the three keys derived from it with HKDF-SHA-256. The secret is made on the first device
// and reaches others only by a pairing link or code; the auth key is what the server is shown (it keeps only an
// Argon2id hash), the encryption and id keys never leave devices (docs/crypto-format.md, "Sync").
import { utf8 } from '../crypto/bytes.ts';

export const SYNC_SECRET_BYTES = 32;
export const SYNC_AUTH_KEY_BYTES = 32;

/** The HKDF info strings: distinct, so knowing one key says nothing about the others. */
export const SYNC_KEY_INFO = {
  auth: 'ebb-sync:v1:auth',
  encryption: 'ebb-sync:v1:encryption',
  id: 'ebb-sync:v1:id',
} as const;

/** HKDF's salt: fixed (zeros), as the secret is already uniformly random; RFC 5869 allows this. */
const SALT = new Uint8Array(32);

export interface SyncKeys {
  /** Sent to the server to log in; the server stores only an Argon2id hash of it. */
  authKey: Uint8Array<ArrayBuffer>;
  /** AES-256-GCM, non-extractable: seals records before they travel. */
  encryptionKey: CryptoKey;
  /** HMAC-SHA-256, non-extractable: turns a record's kind and id into an opaque id. */
  idKey: CryptoKey;
}

export function generateSyncSecret(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(SYNC_SECRET_BYTES));
}

const hkdf = (info: string): HkdfParams => ({ name: 'HKDF', hash: 'SHA-256', salt: SALT, info: utf8(info) });

export async function deriveSyncKeys(secret: Uint8Array<ArrayBuffer>): Promise<SyncKeys> {
  if (secret.length !== SYNC_SECRET_BYTES) throw new RangeError(`A sync secret is ${SYNC_SECRET_BYTES} bytes`);
  const base = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveBits', 'deriveKey']);
  const [auth, encryptionKey, idKey] = await Promise.all([
    crypto.subtle.deriveBits(hkdf(SYNC_KEY_INFO.auth), base, SYNC_AUTH_KEY_BYTES * 8),
    crypto.subtle.deriveKey(hkdf(SYNC_KEY_INFO.encryption), base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    crypto.subtle.deriveKey(hkdf(SYNC_KEY_INFO.id), base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']),
  ]);
  return { authKey: new Uint8Array(auth), encryptionKey, idKey };
}
