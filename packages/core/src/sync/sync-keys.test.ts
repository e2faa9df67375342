// The sync keys: the same secret always gives the same keys, each key is HKDF-SHA-256 with its own info string,
// and WebCrypto's HKDF matches RFC 5869's published vectors (so the derivation is the standard one).
import { describe, expect, it } from 'vitest';
import { fromHex, toHex, utf8 } from '../crypto/bytes.ts';
import { deriveSyncKeys, generateSyncSecret, SYNC_KEY_INFO } from './sync-keys.ts';

async function hkdfBits(ikm: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>, info: Uint8Array<ArrayBuffer>, bytes: number) {
  const base = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info }, base, bytes * 8));
}

const secret = Uint8Array.from({ length: 32 }, (_, i) => i);
const zeros = new Uint8Array(32);
const macOf = async (key: CryptoKey, text: string) => toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8(text))));

describe('sync keys', () => {
  it('uses HKDF-SHA-256 as RFC 5869 defines it (test cases 1 and 3)', async () => {
    const ikm = fromHex('0b'.repeat(22));
    const case1 = await hkdfBits(ikm, fromHex('000102030405060708090a0b0c'), fromHex('f0f1f2f3f4f5f6f7f8f9'), 42);
    expect(toHex(case1)).toBe('3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');
    const case3 = await hkdfBits(ikm, new Uint8Array(0), new Uint8Array(0), 42);
    expect(toHex(case3)).toBe('8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8');
  });

  // The pinned value is also what Node's own HKDF (crypto.hkdfSync) gives: a second implementation agrees.
  it('derives the auth key as HKDF(secret, zero salt, its info), pinned to a known value', async () => {
    const { authKey } = await deriveSyncKeys(secret);
    expect(toHex(authKey)).toBe(toHex(await hkdfBits(secret, zeros, utf8(SYNC_KEY_INFO.auth), 32)));
    expect(toHex(authKey)).toBe('233601cd8b3f7a597552b750aa79548935340cd6a043352b9860924915a8f79a');
  });

  it('is deterministic: the same secret gives the same keys on every device', async () => {
    const [a, b] = await Promise.all([deriveSyncKeys(secret), deriveSyncKeys(Uint8Array.from(secret))]);
    expect(toHex(a.authKey)).toBe(toHex(b.authKey));
    expect(await macOf(a.idKey, 'x')).toBe(await macOf(b.idKey, 'x'));
    const iv = new Uint8Array(12);
    const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, a.encryptionKey, utf8('a record'));
    expect(new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, b.encryptionKey, sealed))).toBe('a record');
  });

  it('derives each key from its own info string, so the three are independent', async () => {
    const keys = await deriveSyncKeys(secret);
    const [auth, encryption, id] = await Promise.all(
      [SYNC_KEY_INFO.auth, SYNC_KEY_INFO.encryption, SYNC_KEY_INFO.id].map((info) => hkdfBits(secret, zeros, utf8(info), 32)),
    );
    expect(new Set([auth, encryption, id].map((k) => toHex(k!))).size).toBe(3);
    // The id key is the HMAC key made from its own HKDF output, not the auth key's.
    const idFromBits = await crypto.subtle.importKey('raw', id!, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const authAsHmac = await crypto.subtle.importKey('raw', auth!, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    expect(await macOf(keys.idKey, 'x')).toBe(await macOf(idFromBits, 'x'));
    expect(await macOf(keys.idKey, 'x')).not.toBe(await macOf(authAsHmac, 'x'));
    // The encryption key is AES-GCM under its own HKDF output: what it seals opens with that, and not with the auth key.
    const iv = new Uint8Array(12);
    const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, keys.encryptionKey, utf8('a record'));
    const encFromBits = await crypto.subtle.importKey('raw', encryption!, 'AES-GCM', false, ['decrypt']);
    const authAsAes = await crypto.subtle.importKey('raw', auth!, 'AES-GCM', false, ['decrypt']);
    expect(new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, encFromBits, sealed))).toBe('a record');
    await expect(crypto.subtle.decrypt({ name: 'AES-GCM', iv }, authAsAes, sealed)).rejects.toThrow();
  });

  it('keeps the encryption and id keys inside WebCrypto (not extractable)', async () => {
    const keys = await deriveSyncKeys(generateSyncSecret());
    expect(keys.encryptionKey.extractable).toBe(false);
    expect(keys.idKey.extractable).toBe(false);
    expect(keys.encryptionKey.usages.sort()).toEqual(['decrypt', 'encrypt']);
    expect(keys.idKey.usages).toEqual(['sign']);
    await expect(crypto.subtle.exportKey('raw', keys.encryptionKey)).rejects.toThrow();
  });

  it('makes a fresh 32-byte secret each time and refuses a secret of the wrong length', async () => {
    const a = generateSyncSecret();
    expect(a.length).toBe(32);
    expect(toHex(a)).not.toBe(toHex(generateSyncSecret()));
    await expect(deriveSyncKeys(new Uint8Array(16))).rejects.toThrow(RangeError);
  });
});
