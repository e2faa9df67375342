// The two keys of the at-rest layout, derived from the vault key with HKDF-SHA-256: one names records (an
// HMAC of kind and id, so the stored key says neither), one seals them as stored (AES-256-GCM). Derived,
// not stored: a key rotation, which makes a new vault key, makes new ones too (docs/crypto-format.md).
import { utf8 } from '../crypto/bytes.ts';

export interface AtRestKeys {
  /** HMAC-SHA-256: a record's stored name. */
  name: CryptoKey;
  /** AES-256-GCM: the stored box around a record's envelope. */
  box: CryptoKey;
}

const derived = new WeakMap<CryptoKey, Promise<AtRestKeys>>();

async function derive(vaultKey: CryptoKey): Promise<AtRestKeys> {
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', vaultKey));
  const base = await crypto.subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey']);
  raw.fill(0);
  const hkdf = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: utf8(`ebb-at-rest:v1:${info}`) });
  const [name, box] = await Promise.all([
    crypto.subtle.deriveKey(hkdf('name'), base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']),
    crypto.subtle.deriveKey(hkdf('box'), base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
  ]);
  return { name, box };
}

/** The at-rest keys of a vault key: derived once per key and kept beside it (forgotten with it). */
export function atRestKeys(vaultKey: CryptoKey): Promise<AtRestKeys> {
  let keys = derived.get(vaultKey);
  if (!keys) {
    keys = derive(vaultKey);
    derived.set(vaultKey, keys);
  }
  return keys;
}
