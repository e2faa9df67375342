// Sealing under the device secret: the vault key (without a passcode), the passcode lock and a rotation's
// keys are kept in the browser's database only sealed under a key whose 32 bytes live elsewhere (an OPFS
// file that is overwritten in place). Wiping those 32 bytes makes every copy left in the database useless.
import { fromBase64, fromUtf8, toBase64, utf8 } from './bytes.ts';
import type { KeyWrap, VaultLock } from './vault-lock.ts';

export const DEVICE_SECRET_BYTES = 32;
const IV_BYTES = 12;

/** One value sealed under the device secret (AES-256-GCM). */
export interface DeviceSealed {
  iv: Uint8Array<ArrayBuffer>;
  sealed: Uint8Array<ArrayBuffer>;
}

/** What a sealed value is for: bound as additional data so one can never stand in for another. */
export type DevicePurpose = 'vault-key' | 'lock' | 'rotation-old-key' | 'rotation-new-key' | 'unlock-failures';

const aad = (purpose: DevicePurpose) => utf8(`ebb-device:v1:${purpose}`);

/** Never extractable: the secret's bytes exist only in the OPFS file and, briefly, in memory. */
export function importDeviceKey(secret: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  if (secret.length !== DEVICE_SECRET_BYTES) throw new Error('A device secret is 32 bytes');
  return crypto.subtle.importKey('raw', secret, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
}

export const newDeviceSecret = (): Uint8Array<ArrayBuffer> => crypto.getRandomValues(new Uint8Array(DEVICE_SECRET_BYTES));

export async function wrapKeyUnderDevice(deviceKey: CryptoKey, key: CryptoKey, purpose: DevicePurpose): Promise<DeviceSealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.wrapKey('raw', key, deviceKey, { name: 'AES-GCM', iv, additionalData: aad(purpose) });
  return { iv, sealed: new Uint8Array(sealed) };
}

/** Throws when `deviceKey` is not the one the value was sealed under (or any byte changed). */
export function unwrapKeyUnderDevice(deviceKey: CryptoKey, value: DeviceSealed, purpose: DevicePurpose): Promise<CryptoKey> {
  // Extractable only so that a later rotation or backup can wrap it; it is never stored unwrapped.
  return crypto.subtle.unwrapKey('raw', value.sealed, deviceKey, { name: 'AES-GCM', iv: value.iv, additionalData: aad(purpose) }, { name: 'AES-GCM' }, true, [
    'encrypt',
    'decrypt',
  ]);
}

const encodeWrap = (w: KeyWrap) => ({ salt: toBase64(w.salt), iv: toBase64(w.iv), wrapped: toBase64(w.wrapped) });
const decodeWrap = (w: { salt: string; iv: string; wrapped: string }): KeyWrap => ({
  salt: fromBase64(w.salt),
  iv: fromBase64(w.iv),
  wrapped: fromBase64(w.wrapped),
});

/** The passcode lock, sealed: even its wrapped keys and the passcode's kind are unreadable without the device secret. */
export async function sealLockUnderDevice(deviceKey: CryptoKey, lock: VaultLock): Promise<DeviceSealed> {
  const plaintext = utf8(JSON.stringify({ ...lock, passcode: encodeWrap(lock.passcode), recovery: encodeWrap(lock.recovery) }));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad('lock') }, deviceKey, plaintext);
  return { iv, sealed: new Uint8Array(sealed) };
}

export async function openLockUnderDevice(deviceKey: CryptoKey, value: DeviceSealed): Promise<VaultLock> {
  const plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: value.iv, additionalData: aad('lock') }, deviceKey, value.sealed);
  const stored = JSON.parse(fromUtf8(new Uint8Array(plaintext))) as Omit<VaultLock, 'passcode' | 'recovery'> & {
    passcode: { salt: string; iv: string; wrapped: string };
    recovery: { salt: string; iv: string; wrapped: string };
  };
  return { ...stored, passcode: decodeWrap(stored.passcode), recovery: decodeWrap(stored.recovery) };
}

/** A small JSON value sealed under the device secret (the wrong-try record: its count and time stay unreadable). */
export async function sealValueUnderDevice(deviceKey: CryptoKey, value: unknown, purpose: DevicePurpose): Promise<DeviceSealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(purpose) }, deviceKey, utf8(JSON.stringify(value)));
  return { iv, sealed: new Uint8Array(sealed) };
}

/** Throws when `deviceKey` did not seal the value for this purpose. */
export async function openValueUnderDevice(deviceKey: CryptoKey, value: DeviceSealed, purpose: DevicePurpose): Promise<unknown> {
  const plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: value.iv, additionalData: aad(purpose) }, deviceKey, value.sealed);
  return JSON.parse(fromUtf8(new Uint8Array(plaintext)));
}
