// The vault key is a fresh 256-bit AES-GCM key each time, and a stored one imports only at its full length.
import { describe, expect, it } from 'vitest';
import { toHex } from './bytes.ts';
import { generateVaultKey, importVaultKey } from './vault-key.ts';

const raw = async (key: CryptoKey) => toHex(new Uint8Array(await crypto.subtle.exportKey('raw', key)));

describe('vault key', () => {
  it('is a new 256-bit AES-GCM key every time', async () => {
    const [a, b] = await Promise.all([generateVaultKey(), generateVaultKey()]);
    expect(a.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect(await raw(a)).not.toBe(await raw(b));
  });

  it('imports only 32 bytes', async () => {
    await expect(importVaultKey(new Uint8Array(32))).resolves.toBeDefined();
    expect(() => importVaultKey(new Uint8Array(16))).toThrow('32 bytes');
  });
});
