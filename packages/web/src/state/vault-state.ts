// The person's encrypted store as app state. With a passcode, Ebb starts locked: records stay sealed until
// the passcode (or recovery key) unwraps the vault key. Locking forgets the key and the decrypted state.
// Setting, changing or removing the passcode rotates to a new vault key (storage/vault-keys.ts).
import { signal } from '@preact/signals';
import {
  EncryptedStore,
  type KeyRing,
  type NewPasscode,
  type PasscodeKind,
  type RecordBackend,
  type RestoreMode,
  type RestoreProgress,
  type RestoreSummary,
  type SealedRecord,
  type Store,
  type VaultLock,
} from '@ebb/core';
import { deleteEverything } from '../storage/delete-everything.ts';
import { openEbbDatabase, type EbbDatabase } from '../storage/idb-backend.ts';
import { describeStorageError } from './describe-storage-error.ts';
import { announce } from './tab-sync.ts';
import { forgetOwnerProofs, issueOwnerProof, requireOwner, type OwnerProof } from './owner-proof.ts';

/** 'closed': everything was deleted (here or in another tab); nothing may be written until a reload. */
export type VaultStatus = 'opening' | 'locked' | 'open' | 'failed' | 'closed';

export const vaultStatus = signal<VaultStatus>('opening');
/** Why the store could not open, in plain words (never personal content). */
export const storeProblem = signal('');
/** The passcode in use, if any (how it is typed, not what it is). */
export const passcodeKind = signal<PasscodeKind | null>(null);
/** Set when the recovery key opened Ebb, so Privacy can suggest choosing a new passcode. */
export const openedWithRecoveryKey = signal(false);
/** Records re-sealed so far while the vault key changes; null when no change is running. */
export const resealedCount = signal<number | null>(null);
/** Where the device secret is kept: a file overwritten in place, or (browsers without one) the database. Null until known. */
export const deviceSecretHome = signal<'file' | 'database' | null>(null);
/** A recovery key made without the person asking (moving an older profile to a new key): Privacy shows it once. */
export const unseenRecoveryKey = signal<string | undefined>(undefined);

interface Deferred {
  promise: Promise<Store>;
  resolve: (store: Store) => void;
  reject: (error: unknown) => void;
}

function deferred(): Deferred {
  let resolve!: (store: Store) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<Store>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined); // a failure is shown by the storage notice; callers that await still see it
  return { promise, resolve, reject };
}

let db: EbbDatabase | undefined;
/** Shared with the store: a rotation switches its keys in place. */
let ring: KeyRing | undefined;
/** The records under `ring` (the at-rest layout), while open. */
let backend: RecordBackend | undefined;
/** Names the vault key this tab seals with; the database refuses writes under any other. */
let epoch: string | undefined;
let lock: VaultLock | undefined;
/** The lock predates key rotation: the first unlock with the passcode moves to a new key. */
let legacyLock = false;
const vaultKeys = () => import('../storage/vault-keys.ts');
let opened = deferred();
const openListeners: Array<() => void> = [];
/** Argon2id, key wrapping and backups, loaded on first use. */
const heavy = () => import('./vault-crypto.ts');
const lockListeners: Array<() => void> = [];
/** Passcode tries one at a time across tabs, with their delay; loaded with the key derivation. */
const tries = () => import('./passcode-tries.ts');

/** The store, once open (after unlocking, when there is a passcode). */
export const getStore = (): Promise<Store> => opened.promise;

/** Runs after every opening, e.g. to read settings and people again after an unlock. */
export const onVaultOpen = (listener: () => void) => openListeners.push(listener);
/** Runs when Ebb locks, to forget decrypted state. */
export const onVaultLock = (listener: () => void) => lockListeners.push(listener);
onVaultLock(forgetOwnerProofs);
// A recovery key is a key: locking forgets it, shown or not (a passcode change makes a new one).
onVaultLock(() => (unseenRecoveryKey.value = undefined));

async function openWith(key: CryptoKey, keyEpoch = epoch) {
  if (!db) throw new Error('Database not open');
  const keyRing: KeyRing = { current: key };
  ring = keyRing;
  epoch = keyEpoch;
  let records: RecordBackend;
  try {
    records = await (await vaultKeys()).recordBackend(db, keyRing, () => epoch);
  } catch (error) {
    // Records an older Ebb stored could not be moved into the at-rest layout: said, as any storage failure.
    if (ring !== keyRing) return;
    ring = undefined;
    vaultStatus.value = 'failed';
    storeProblem.value = describeStorageError(error);
    opened.reject(error);
    return;
  }
  if (ring !== keyRing) return; // locked or closed while the records were made ready
  backend = records;
  const store = new EncryptedStore(records, keyRing);
  vaultStatus.value = 'open';
  opened.resolve(store);
  for (const listener of openListeners) listener();
}

export async function startVault(): Promise<void> {
  try {
    db = await openEbbDatabase(undefined, closeVault);
    await openKeys(db);
  } catch (error) {
    vaultStatus.value = 'failed';
    storeProblem.value = describeStorageError(error);
    opened.reject(error);
  }
}

/** Reads the keys (finishing a key change a closed page left unfinished): opens, or waits for the passcode. */
async function openKeys(database: EbbDatabase) {
  const opened = await (await vaultKeys()).openVaultKeys(database, (done) => (resealedCount.value = done));
  resealedCount.value = null;
  epoch = opened.epoch;
  lock = opened.state === 'locked' ? opened.lock : undefined;
  legacyLock = opened.state === 'locked' && opened.legacy;
  passcodeKind.value = lock?.passcodeKind ?? null;
  if (opened.state === 'open') await openWith(opened.key);
  else vaultStatus.value = 'locked';
}

export type UnlockOutcome = { ok: true } | { ok: false; reason: 'wrong' | 'wait'; retryAt: number };

/** Tries a passcode. Wrong tries grow a delay (kept across reloads); they never wipe anything. */
export async function unlock(passcode: string): Promise<UnlockOutcome> {
  if (!db) throw new Error('Database not open');
  if (!lock) return { ok: true };
  const current = lock;
  const { tryPasscode, failureRecord } = await tries();
  const outcome = await tryPasscode(failureRecord(db), current, passcode);
  if (!outcome.ok) return outcome;
  await openWith(outcome.key);
  // A lock from before key rotation: move to a new key now that the passcode is known (shown once in Privacy).
  if (legacyLock) unseenRecoveryKey.value = await rotate({ passcode, kind: current.passcodeKind });
  return { ok: true };
}

export type ConfirmOutcome =
  { ok: true; proof: OwnerProof } | { ok: false; reason: 'wrong' | 'wait'; retryAt: number } | { ok: false; reason: 'wrong-recovery-key' };

/** Asks again while unlocked: the current passcode (with the same delay as unlocking) or the recovery key. */
export async function confirmOwner(secret: string): Promise<ConfirmOutcome> {
  if (!db) throw new Error('Database not open');
  if (!lock) return { ok: true, proof: issueOwnerProof() };
  const { trySecret, failureRecord } = await tries();
  const outcome = await trySecret(failureRecord(db), lock, secret);
  return outcome.ok ? { ok: true, proof: issueOwnerProof() } : outcome;
}

/** With a passcode, only someone who has just confirmed it may expose or remove everything. */
function ownerOnly(proof: OwnerProof | null): void {
  requireOwner(proof, passcodeKind.value !== null || lock !== undefined);
}

/** Unlocks with the recovery key. Throws LockError('wrong-recovery-key' | 'malformed-recovery-key'). */
export async function unlockWithRecovery(recoveryKey: string): Promise<void> {
  if (!db) throw new Error('Database not open');
  if (!lock) return;
  const { unlockWithRecoveryKey } = await heavy();
  const key = await unlockWithRecoveryKey(lock, recoveryKey);
  await (await tries()).failureRecord(db).saveFailures({ count: 0, lastAt: 0 });
  openedWithRecoveryKey.value = true;
  await openWith(key);
}

/** Another tab deleted everything (or this one did): forget all and stop writing. */
export function closeVault(): void {
  ring = undefined;
  backend = undefined;
  lock = undefined;
  db?.close(); // so that deleting the database is not held up by this tab
  db = undefined;
  opened = deferred();
  vaultStatus.value = 'closed';
  for (const listener of lockListeners) listener();
}

/** Forgets the key and everything decrypted; the records stay sealed on the device. Other tabs lock too. */
export function lockNow(): void {
  if (lockHere()) announce('locked');
}

/** Locks this tab only (when another tab locked). Returns whether it was open. */
export function lockHere(): boolean {
  if (vaultStatus.value !== 'open' || passcodeKind.value === null) return false;
  ring = undefined;
  backend = undefined;
  opened = deferred();
  vaultStatus.value = 'locked';
  for (const listener of lockListeners) listener();
  return true;
}

/** Another tab changed the vault key or the passcode: forget this tab's key and open again (as locked, with one). */
export async function refreshLockState(): Promise<void> {
  if (!db || vaultStatus.value === 'closed') return;
  ring = undefined;
  backend = undefined;
  opened = deferred();
  vaultStatus.value = 'opening';
  for (const listener of lockListeners) listener();
  await openKeys(db);
}

/**
 * Moves every record to a new vault key kept under `passcode` (or under no passcode). Writes made meanwhile
 * use the new key at once; other tabs reopen. Returns the new recovery key when there is a passcode.
 */
async function rotate(passcode: NewPasscode | null): Promise<string | undefined> {
  if (!db || !ring) throw new Error('Ebb must be unlocked to change its key');
  const keyRing = ring;
  announce('lock-settings');
  try {
    const result = await (
      await vaultKeys()
    ).rotateKeys(
      db,
      keyRing.current,
      passcode,
      (newKey, newEpoch) => {
        keyRing.previous = keyRing.current;
        keyRing.current = newKey;
        epoch = newEpoch;
      },
      (done) => (resealedCount.value = done),
    );
    keyRing.previous = undefined;
    lock = result.lock;
    legacyLock = false;
    passcodeKind.value = passcode?.kind ?? null;
    return result.recoveryKey;
  } finally {
    resealedCount.value = null;
    announce('lock-settings');
  }
}

/** Turns the passcode on or changes it, under a new vault key. Returns the new recovery key (the old one stops working). */
export async function setPasscode(passcode: string, kind: PasscodeKind, proof: OwnerProof | null): Promise<string> {
  ownerOnly(proof);
  const recoveryKey = await rotate({ passcode, kind });
  if (!recoveryKey) throw new Error('A passcode change must make a recovery key');
  return recoveryKey;
}

/** Turns the passcode off, under a new vault key (so the old passcode opens nothing written from now on). */
export async function removePasscode(proof: OwnerProof | null): Promise<void> {
  ownerOnly(proof);
  await rotate(null);
}

/** An encrypted backup of everything, as file text. Needs a passcode: the backup opens with it (or the recovery key). */
export async function makeBackup(proof: OwnerProof | null): Promise<string | undefined> {
  ownerOnly(proof);
  if (!backend || !ring) throw new Error('Ebb must be unlocked to make a backup');
  if (!lock) return undefined;
  const { createBackup } = await heavy();
  return createBackup(await backend.listAll(), ring.current, lock, new Date());
}

/** Restores records opened from a backup (with the backup's own key): all checked first, then one write. */
export async function restoreRecords(
  records: readonly SealedRecord[],
  backupKey: CryptoKey,
  mode: RestoreMode,
  onProgress?: RestoreProgress,
): Promise<RestoreSummary> {
  if (!backend || !ring) throw new Error('Ebb must be unlocked to restore');
  const { restoreBackup } = await heavy();
  const summary = await restoreBackup({ backend, records, backupKey, deviceKey: ring.current, mode, onProgress });
  for (const listener of openListeners) listener(); // read settings and people again
  announce('data');
  return summary;
}

export async function exportPlain(proof: OwnerProof | null, peopleHeader?: readonly string[]): Promise<{ json: string; peopleCsv: string }> {
  ownerOnly(proof);
  const { plainExport } = await heavy();
  return plainExport(await getStore(), new Date(), peopleHeader);
}

/** Deletes everything Ebb keeps on this device; with a passcode, only after it was confirmed. */
export async function deleteAllData(proof: OwnerProof | null): Promise<void> {
  ownerOnly(proof);
  closeVault();
  await deleteEverything();
}
