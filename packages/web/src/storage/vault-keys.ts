// Opening and rotating the vault's keys in this browser, one tab at a time (a Web Lock), so two tabs never
// create or rotate keys at once, and a tab opening Ebb while another rotates waits until it has finished;
// and the record backend over the at-rest layout, once a key is known (loaded while the vault opens, so
// the first screen's code stays small).
import {
  AtRestBackend,
  moveLegacyRecords,
  openKeys,
  rotateVaultKey,
  type KeyRing,
  type NewPasscode,
  type OpenedKeys,
  type RecordBackend,
  type RotationResult,
} from '@ebb/core';
import { BrowserDeviceSecrets } from './device-secret.ts';
import { IdbAtRest, type EbbDatabase } from './idb-backend.ts';
import { IdbKeyEntries } from './key-entries.ts';

const KEYS_LOCK = 'ebb-keys';

const oneTabAtATime = <T>(run: () => Promise<T>): Promise<T> => {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? (locks.request(KEYS_LOCK, run) as Promise<T>) : run();
};

/** Finishes an interrupted rotation first (reporting records re-sealed), then opens or finds the lock. */
export function openVaultKeys(db: EbbDatabase, onPage?: (done: number) => void): Promise<OpenedKeys> {
  return oneTabAtATime(() => openKeys(new IdbKeyEntries(db), new BrowserDeviceSecrets(db), onPage));
}

/** A new vault key for every record; `passcode` null keeps it without a passcode. See rotateVaultKey. */
export function rotateKeys(
  db: EbbDatabase,
  oldKey: CryptoKey,
  passcode: NewPasscode | null,
  onStart: (newKey: CryptoKey, epoch: string) => void,
  onPage?: (done: number) => void,
): Promise<RotationResult> {
  return oneTabAtATime(() => rotateVaultKey(new IdbKeyEntries(db), new BrowserDeviceSecrets(db), oldKey, passcode, onStart, onPage));
}

/**
 * The records under the vault's keys, once records an older Ebb stored in the layout before at-rest names
 * have moved into it (a no-op after the first time). `epoch` names the key this tab seals with.
 */
export async function recordBackend(db: EbbDatabase, ring: KeyRing, epoch: () => string | undefined): Promise<RecordBackend> {
  await oneTabAtATime(() => moveLegacyRecords(new IdbKeyEntries(db), [ring.current]));
  return new AtRestBackend(new IdbAtRest(db, epoch), ring);
}
