// The vault key is created once, before the first write, and two first openings end with one key.
import { describe, expect, it } from 'vitest';
import { loadOrCreateVaultKey, type KeyVault } from './vault-key.ts';

class MemoryKeyVault implements KeyVault {
  stored: CryptoKey | undefined;
  async load() {
    return this.stored;
  }
  async saveIfAbsent(key: CryptoKey) {
    this.stored ??= key;
    return this.stored;
  }
}

describe('vault key', () => {
  it('creates a 256-bit AES-GCM key on first use and returns the same key afterwards', async () => {
    const vault = new MemoryKeyVault();
    const first = await loadOrCreateVaultKey(vault);
    expect(first.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect(await loadOrCreateVaultKey(vault)).toBe(first);
  });

  it('settles on one key when two openings race', async () => {
    const vault = new MemoryKeyVault();
    const [a, b] = await Promise.all([loadOrCreateVaultKey(vault), loadOrCreateVaultKey(vault)]);
    expect(a).toBe(b);
  });
});
