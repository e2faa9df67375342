// The passcode lock: known answers for both wraps, the right passcode or recovery key opens the same vault
// key, and anything else (or any changed byte) does not. Changing the passcode is a key rotation (key-rotation.test.ts).
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from './bytes.ts';
import { LockError, createVaultLock, unlockWithPasscode, unlockWithRecoveryKey, wrapVaultKey, type VaultLock } from './vault-lock.ts';
import { unlockDelayMs } from '../lock/unlock-delay.ts';
import { formatRecoveryKey } from './recovery-key.ts';
import { generateVaultKey, importVaultKey } from './vault-key.ts';

const seq = (start: number, length: number) => Uint8Array.from({ length }, (_, i) => start + i);
const raw = async (key: CryptoKey) => toHex(new Uint8Array(await crypto.subtle.exportKey('raw', key)));

async function lockCode(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LockError);
  return (error as LockError).code;
}

describe('vault lock', () => {
  it('wraps with AES-256-GCM exactly as documented (known answer, computed with Node crypto)', async () => {
    const vault = await importVaultKey(seq(0x10, 32));
    const kek = await crypto.subtle.importKey('raw', seq(0x40, 32), 'AES-GCM', false, ['wrapKey']);
    const wrap = await wrapVaultKey(vault, kek, 'passcode', seq(0, 16), seq(0x50, 12));
    expect(toHex(wrap.wrapped)).toBe('865a0011cca4642bc3f2d93082599da2416b2af01d5d1afdecc0a7e61a5c6defbc8318840ea4854fa2c3d7f2a7cf2368');
  });

  it('opens a known recovery wrap with the known recovery key (HKDF-SHA-256 known answer)', async () => {
    const lock: VaultLock = {
      version: 1,
      passcodeKind: 'pin',
      kdf: 1,
      passcode: { salt: seq(0, 16), iv: seq(0, 12), wrapped: seq(0, 48) },
      recovery: {
        salt: seq(0x90, 16),
        iv: seq(0x50, 12),
        wrapped: fromHex('33d160d9556a01a67c9513146cc31dd8c05021868a6480500f0e8da9401dcdf179807123c8a1a0a4c0ee93cac9191b97'),
      },
    };
    const key = await unlockWithRecoveryKey(lock, formatRecoveryKey(seq(0x70, 20)));
    expect(await raw(key)).toBe(toHex(seq(0x10, 32)));
  });

  it('unlocks with the passcode or the recovery key, and with nothing else', async () => {
    const vaultKey = await generateVaultKey();
    const { lock, recoveryKey } = await createVaultLock(vaultKey, '2468', 'pin');
    expect(await raw(await unlockWithPasscode(lock, '2468'))).toBe(await raw(vaultKey));
    expect(await raw(await unlockWithRecoveryKey(lock, recoveryKey))).toBe(await raw(vaultKey));
    expect(await lockCode(unlockWithPasscode(lock, '2469'))).toBe('wrong-passcode');
    expect(
      await lockCode(
        unlockWithRecoveryKey(
          lock,
          recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
        ),
      ),
    ).toBe('wrong-recovery-key');
    expect(await lockCode(unlockWithRecoveryKey(lock, 'not a key'))).toBe('malformed-recovery-key');
  });

  it('refuses a lock with any changed byte', async () => {
    const vaultKey = await generateVaultKey();
    const { lock } = await createVaultLock(vaultKey, 'pass phrase', 'passphrase');
    for (const field of ['salt', 'iv', 'wrapped'] as const) {
      const tampered = structuredClone(lock);
      tampered.passcode[field][0] = tampered.passcode[field][0]! ^ 1;
      expect(await lockCode(unlockWithPasscode(tampered, 'pass phrase'))).toBe('wrong-passcode');
    }
    // The passcode wrap cannot be used as the recovery wrap or the other way round.
    expect(await lockCode(unlockWithPasscode({ ...lock, passcode: lock.recovery }, 'pass phrase'))).toBe('wrong-passcode');
    expect(await lockCode(unlockWithPasscode({ ...lock, version: 2 } as unknown as VaultLock, 'pass phrase'))).toBe('unknown-version');
  });

  it('slows down after wrong passcodes, growing and capped, never blocking for ever', () => {
    expect([0, 1, 2].map(unlockDelayMs)).toEqual([0, 0, 0]);
    expect([3, 4, 5].map(unlockDelayMs)).toEqual([5_000, 10_000, 20_000]);
    expect(unlockDelayMs(50)).toBe(300_000);
    for (let n = 0; n < 60; n++) expect(unlockDelayMs(n + 1)).toBeGreaterThanOrEqual(unlockDelayMs(n));
  });
});
