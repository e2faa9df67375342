// Argon2id as Ebb uses it must match the reference implementation exactly (vectors from Debian's `argon2`
// CLI, the reference C code: `printf 'PASS' | argon2 'ebb-kat-salt-016' -id -t 3 -k 32768 -p 1 -l 32 -r`).
import { describe, expect, it } from 'vitest';
import { toHex, utf8 } from './bytes.ts';
import { derivePasscodeBytes, kdfVersions } from './passcode-kdf.ts';

const salt = utf8('ebb-kat-salt-016');

describe('passcode key derivation', () => {
  it('version 1 is Argon2id, 32 MiB, 3 passes, 1 lane', () => {
    expect(kdfVersions[1]).toEqual({ memoryKiB: 32768, iterations: 3, parallelism: 1 });
  });

  it('matches the reference implementation for a passphrase and a PIN', async () => {
    expect(toHex(await derivePasscodeBytes('correct horse battery staple', salt, 1))).toBe('c5b56b6cb10c99fe0414ef756a1c14fa591f3e8b322492f5cb2513143cbfc66e');
    expect(toHex(await derivePasscodeBytes('2468', salt, 1))).toBe('b8dccd43d9d283e6ff8192da49e4d3dd633dfd5115d149bdb4a132507656c984');
  });

  it('gives the same key for the same passcode typed with composed or decomposed accents', async () => {
    const composed = 'caf\u00e9 1234';
    const decomposed = 'cafe\u0301 1234';
    expect(toHex(await derivePasscodeBytes(composed, salt, 1))).toBe(toHex(await derivePasscodeBytes(decomposed, salt, 1)));
  });

  it('refuses an unknown parameter version instead of guessing', async () => {
    await expect(derivePasscodeBytes('x', salt, 99)).rejects.toThrow(/Unknown key-derivation version 99/);
  });
});
