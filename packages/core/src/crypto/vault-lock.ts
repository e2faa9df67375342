// The passcode lock: the vault key is wrapped (AES-256-GCM) twice — once under a key derived from the
// passcode with Argon2id, once under a key derived from the recovery key with HKDF. The lock holds no
// secret in the clear. Changing the passcode makes a new vault key and a new lock (crypto/key-rotation.ts).
import { utf8 } from './bytes.ts';
import { CURRENT_KDF_VERSION, KDF_SALT_BYTES, derivePasscodeBytes } from './passcode-kdf.ts';
import { generateRecoveryKey, parseRecoveryKey } from './recovery-key.ts';
import { LockError } from '../lock/lock-error.ts';

export { LockError, type LockErrorCode } from '../lock/lock-error.ts';

export const VAULT_LOCK_VERSION = 1;

export interface KeyWrap {
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  wrapped: Uint8Array<ArrayBuffer>;
}

export type PasscodeKind = 'pin' | 'passphrase';

export interface VaultLock {
  version: typeof VAULT_LOCK_VERSION;
  /** How the passcode is typed: a number pad for a PIN, a keyboard for a passphrase. */
  passcodeKind: PasscodeKind;
  /** Row of the key-derivation table used for `passcode`. */
  kdf: number;
  passcode: KeyWrap;
  recovery: KeyWrap;
}

const aad = (purpose: 'passcode' | 'recovery') => utf8(`ebb-vault-key:v${VAULT_LOCK_VERSION}:${purpose}`);

async function wrappingKey(material: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', material, { name: 'AES-GCM' }, false, ['wrapKey', 'unwrapKey']);
}

async function recoveryWrappingKey(recovery: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', recovery, 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info: utf8('ebb recovery key v1') }, base, 256);
  return wrappingKey(new Uint8Array(bits));
}

/** `iv` is random unless given (only known-answer tests give one). */
export async function wrapVaultKey(
  vaultKey: CryptoKey,
  kek: CryptoKey,
  purpose: 'passcode' | 'recovery',
  salt: Uint8Array<ArrayBuffer>,
  iv: Uint8Array<ArrayBuffer> = crypto.getRandomValues(new Uint8Array(12)),
): Promise<KeyWrap> {
  const wrapped = await crypto.subtle.wrapKey('raw', vaultKey, kek, { name: 'AES-GCM', iv, additionalData: aad(purpose) });
  return { salt, iv, wrapped: new Uint8Array(wrapped) };
}

async function unwrapVaultKey(wrap: KeyWrap, kek: CryptoKey, purpose: 'passcode' | 'recovery'): Promise<CryptoKey> {
  // Extractable, so that a later passcode change or turning the lock off can wrap or keep it again.
  return crypto.subtle.unwrapKey('raw', wrap.wrapped, kek, { name: 'AES-GCM', iv: wrap.iv, additionalData: aad(purpose) }, { name: 'AES-GCM' }, true, [
    'encrypt',
    'decrypt',
  ]);
}

async function passcodeWrap(vaultKey: CryptoKey, passcode: string): Promise<KeyWrap> {
  const salt = crypto.getRandomValues(new Uint8Array(KDF_SALT_BYTES));
  const kek = await wrappingKey(await derivePasscodeBytes(passcode, salt, CURRENT_KDF_VERSION));
  return wrapVaultKey(vaultKey, kek, 'passcode', salt);
}

/** Locks a vault key under a passcode; returns the lock to store and the recovery key to show once. */
export async function createVaultLock(vaultKey: CryptoKey, passcode: string, passcodeKind: PasscodeKind): Promise<{ lock: VaultLock; recoveryKey: string }> {
  const recovery = generateRecoveryKey();
  const recoverySalt = crypto.getRandomValues(new Uint8Array(KDF_SALT_BYTES));
  const lock: VaultLock = {
    version: VAULT_LOCK_VERSION,
    passcodeKind,
    kdf: CURRENT_KDF_VERSION,
    passcode: await passcodeWrap(vaultKey, passcode),
    recovery: await wrapVaultKey(vaultKey, await recoveryWrappingKey(recovery.bytes, recoverySalt), 'recovery', recoverySalt),
  };
  return { lock, recoveryKey: recovery.text };
}

export async function unlockWithPasscode(lock: VaultLock, passcode: string): Promise<CryptoKey> {
  if (lock.version !== VAULT_LOCK_VERSION) throw new LockError('unknown-version');
  const kek = await wrappingKey(await derivePasscodeBytes(passcode, lock.passcode.salt, lock.kdf));
  try {
    return await unwrapVaultKey(lock.passcode, kek, 'passcode');
  } catch {
    throw new LockError('wrong-passcode');
  }
}

export async function unlockWithRecoveryKey(lock: VaultLock, recoveryKey: string): Promise<CryptoKey> {
  if (lock.version !== VAULT_LOCK_VERSION) throw new LockError('unknown-version');
  const bytes = parseRecoveryKey(recoveryKey);
  if (!bytes) throw new LockError('malformed-recovery-key');
  try {
    return await unwrapVaultKey(lock.recovery, await recoveryWrappingKey(bytes, lock.recovery.salt), 'recovery');
  } catch {
    throw new LockError('wrong-recovery-key');
  }
}
