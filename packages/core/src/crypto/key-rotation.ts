// Key rotation: setting, changing or removing the passcode makes a new vault key, re-seals every record
// under it and moves to a new device secret, in one resumable operation. A journal (sealed under the old
// device secret) holds both vault keys and the progress, so a rotation killed midway resumes on the next
// opening; at the end the old device secret is overwritten with zeros, which makes every leftover copy of
// the old keys, the old lock and the journal useless. docs/crypto-format.md describes the steps.
import { toHex } from './bytes.ts';
import type { RecordAddress } from './envelope.ts';
import { importDeviceKey, newDeviceSecret, sealLockUnderDevice, unwrapKeyUnderDevice, wrapKeyUnderDevice, type DeviceSealed } from './device-wrap.ts';
import { generateVaultKey } from './vault-key.ts';
import { createVaultLock, type PasscodeKind, type VaultLock } from './vault-lock.ts';
import { resealAll, type ResealOutcome, type ResealTarget } from '../store/reseal.ts';
import { moveLegacyRecords, type LegacyRecords } from '../store/legacy-layout.ts';

/** The two slots of the device-secret file: the secret in use, and the one a rotation moves to. */
export interface DeviceSecrets {
  read(): Promise<{ current?: Uint8Array<ArrayBuffer> | undefined; next?: Uint8Array<ArrayBuffer> | undefined }>;
  /** Overwrites the slot in place; null writes zeros. */
  write(slot: 'current' | 'next', secret: Uint8Array<ArrayBuffer> | null): Promise<void>;
}

/** What stays after a rotation: the vault key sealed under the new device secret, or the sealed lock. */
export type FinalKeys = { kind: 'vault'; value: DeviceSealed } | { kind: 'lock'; value: DeviceSealed };

export interface RotationJournal {
  version: 1;
  /** Names the new vault key: writes sealed under another key are refused from the moment the journal exists. */
  epoch: string;
  oldKey: DeviceSealed;
  newKey: DeviceSealed;
  final: FinalKeys;
  /**
   * The stored name of the last record re-sealed (in name order), or null before the first page. A journal
   * written before the at-rest layout holds a kind and id instead: its rotation starts its pages again.
   */
  progress: string | RecordAddress | null;
}

/** What the key entries hold (IndexedDB's `keys` store in the browser). */
export interface StoredKeys {
  final?: FinalKeys | undefined;
  rotation?: RotationJournal | undefined;
  epoch?: string | undefined;
  /** Written by Ebb before key rotation existed: the vault key itself, or a lock not sealed under the device. */
  legacyKey?: CryptoKey | undefined;
  legacyLock?: VaultLock | undefined;
}

export interface KeyEntries extends ResealTarget, LegacyRecords {
  load(): Promise<StoredKeys>;
  /** First opening: stores the keys only if none are stored; returns whether they were stored. */
  create(final: FinalKeys, epoch: string): Promise<boolean>;
  /** One atomic step: saves the journal, sets the epoch to the journal's, removes any legacy key or lock. */
  begin(journal: RotationJournal): Promise<void>;
  /** One atomic step: the journal's final keys replace the old ones, the journal goes. */
  finish(final: FinalKeys): Promise<void>;
}

export const newEpoch = (): string => toHex(crypto.getRandomValues(new Uint8Array(8)));

export interface RotationResult {
  key: CryptoKey;
  epoch: string;
  /** Shown once, when the rotation set or changed a passcode. */
  recoveryKey?: string | undefined;
  /** The new lock, when the rotation set or changed a passcode (backups carry it). */
  lock?: VaultLock | undefined;
  outcome: ResealOutcome;
}

export interface NewPasscode {
  passcode: string;
  kind: PasscodeKind;
}

/**
 * Rotates from `oldKey` to a new vault key. With `passcode`, the new key is kept only in a new lock (with a
 * new recovery key); without, it is kept sealed under the new device secret. `onStart` runs once the
 * journal is saved, with the new key: from then on every write must use it.
 */
export async function rotateVaultKey(
  entries: KeyEntries,
  secrets: DeviceSecrets,
  oldKey: CryptoKey,
  passcode: NewPasscode | null,
  onStart: (newKey: CryptoKey, epoch: string) => void,
  onPage?: (done: number) => void,
): Promise<RotationResult> {
  let { current } = await secrets.read();
  if (!current) {
    current = newDeviceSecret();
    await secrets.write('current', current);
  }
  const next = newDeviceSecret();
  await secrets.write('next', next);
  const [oldDevice, nextDevice, newKey] = await Promise.all([importDeviceKey(current), importDeviceKey(next), generateVaultKey()]);
  let made: { lock: VaultLock; recoveryKey: string } | undefined;
  let final: FinalKeys;
  if (passcode) {
    made = await createVaultLock(newKey, passcode.passcode, passcode.kind);
    final = { kind: 'lock', value: await sealLockUnderDevice(nextDevice, made.lock) };
  } else {
    final = { kind: 'vault', value: await wrapKeyUnderDevice(nextDevice, newKey, 'vault-key') };
  }
  const journal: RotationJournal = {
    version: 1,
    epoch: newEpoch(),
    oldKey: await wrapKeyUnderDevice(oldDevice, oldKey, 'rotation-old-key'),
    newKey: await wrapKeyUnderDevice(oldDevice, newKey, 'rotation-new-key'),
    final,
    progress: null,
  };
  await entries.begin(journal);
  onStart(newKey, journal.epoch);
  const outcome = await completeRotation(entries, secrets, journal, oldKey, newKey, next, onPage);
  return { key: newKey, epoch: journal.epoch, recoveryKey: made?.recoveryKey, lock: made?.lock, outcome };
}

/** Finishes a rotation found in the journal (after a crash or a closed page). Returns the new key. */
export async function resumeRotation(
  entries: KeyEntries,
  secrets: DeviceSecrets,
  journal: RotationJournal,
  onPage?: (done: number) => void,
): Promise<RotationResult> {
  const { current, next } = await secrets.read();
  if (!current || !next) throw new Error('The device secrets of an unfinished key change are missing');
  const oldDevice = await importDeviceKey(current);
  const [oldKey, newKey] = await Promise.all([
    unwrapKeyUnderDevice(oldDevice, journal.oldKey, 'rotation-old-key'),
    unwrapKeyUnderDevice(oldDevice, journal.newKey, 'rotation-new-key'),
  ]);
  const outcome = await completeRotation(entries, secrets, journal, oldKey, newKey, next, onPage);
  return { key: newKey, epoch: journal.epoch, outcome };
}

async function completeRotation(
  entries: KeyEntries,
  secrets: DeviceSecrets,
  journal: RotationJournal,
  oldKey: CryptoKey,
  newKey: CryptoKey,
  next: Uint8Array<ArrayBuffer>,
  onPage?: (done: number) => void,
): Promise<ResealOutcome> {
  // Records still in the layout from before at-rest names move first, under whichever key sealed them.
  await moveLegacyRecords(entries, [oldKey, newKey]);
  const outcome = await resealAll(entries, typeof journal.progress === 'string' ? journal.progress : null, oldKey, newKey, onPage);
  await entries.finish(journal.final);
  await promote(secrets, next);
  return outcome;
}

/**
 * The new secret becomes the one in use and the old one is overwritten with zeros. Written in this order
 * so that a crash between the two leaves the new secret in both slots, never in neither.
 */
export async function promote(secrets: DeviceSecrets, next: Uint8Array<ArrayBuffer>): Promise<void> {
  await secrets.write('current', next);
  await secrets.write('next', null);
}
