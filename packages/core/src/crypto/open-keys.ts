// Opening the vault's keys when Ebb starts: finishes a key rotation a closed page left unfinished, moves a
// profile written before key rotation existed away from its old key, and otherwise unseals the vault key
// (no passcode) or the passcode lock with the device secret — creating both on the very first opening.
import { importDeviceKey, newDeviceSecret, openLockUnderDevice, unwrapKeyUnderDevice, wrapKeyUnderDevice } from './device-wrap.ts';
import { newEpoch, promote, resumeRotation, rotateVaultKey, type DeviceSecrets, type FinalKeys, type KeyEntries } from './key-rotation.ts';
import { generateVaultKey } from './vault-key.ts';
import type { VaultLock } from './vault-lock.ts';

export type OpenedKeys =
  | { state: 'open'; key: CryptoKey; epoch: string }
  /** `legacy`: a lock from before key rotation; the first unlock rotates away from its key. */
  | { state: 'locked'; lock: VaultLock; epoch?: string | undefined; legacy: boolean };

/** The keys are stored but no device secret opens them: the secret's file was removed without the data. */
export class DeviceSecretMissingError extends Error {
  constructor() {
    super('The device secret that opens the stored keys is missing');
    this.name = 'DeviceSecretMissingError';
  }
}

async function unseal(final: FinalKeys, secret: Uint8Array<ArrayBuffer>): Promise<{ key: CryptoKey } | { lock: VaultLock } | undefined> {
  const device = await importDeviceKey(secret);
  try {
    return final.kind === 'vault'
      ? { key: await unwrapKeyUnderDevice(device, final.value, 'vault-key') }
      : { lock: await openLockUnderDevice(device, final.value) };
  } catch {
    return undefined;
  }
}

export async function openKeys(entries: KeyEntries, secrets: DeviceSecrets, onPage?: (done: number) => void): Promise<OpenedKeys> {
  let stored = await entries.load();
  if (stored.rotation) {
    await resumeRotation(entries, secrets, stored.rotation, onPage);
    stored = await entries.load();
  }
  if (stored.legacyKey) {
    const rotated = await rotateVaultKey(entries, secrets, stored.legacyKey, null, () => undefined, onPage);
    return { state: 'open', key: rotated.key, epoch: rotated.epoch };
  }
  if (stored.legacyLock) return { state: 'locked', lock: stored.legacyLock, epoch: stored.epoch, legacy: true };
  const { current, next } = await secrets.read();
  if (stored.final) {
    // After a crash between finishing a rotation and promoting its secret, only `next` opens the keys.
    const fromCurrent = current && (await unseal(stored.final, current));
    const opened = fromCurrent || (next && (await unseal(stored.final, next)));
    if (!opened) throw new DeviceSecretMissingError();
    if (!fromCurrent && next) await promote(secrets, next);
    else if (next) await secrets.write('next', null); // a rotation that stopped before its journal was saved
    const epoch = stored.epoch ?? '';
    return 'key' in opened ? { state: 'open', key: opened.key, epoch } : { state: 'locked', lock: opened.lock, epoch, legacy: false };
  }
  const secret = current ?? newDeviceSecret();
  if (!current) await secrets.write('current', secret);
  const key = await generateVaultKey();
  const epoch = newEpoch();
  const created = await entries.create({ kind: 'vault', value: await wrapKeyUnderDevice(await importDeviceKey(secret), key, 'vault-key') }, epoch);
  // Another tab created the keys first: open those instead.
  return created ? { state: 'open', key, epoch } : openKeys(entries, secrets, onPage);
}
