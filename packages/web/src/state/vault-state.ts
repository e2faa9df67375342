// The person's encrypted store as app state. With a passcode, Ebb starts locked: records stay sealed until
// the passcode (or recovery key) unwraps the vault key. Locking forgets the key and the decrypted state.
import { signal } from '@preact/signals';
import { EncryptedStore, loadOrCreateVaultKey, type PasscodeKind, type RestoreMode, type RestoreProgress, type RestoreSummary, type SealedRecord, type Store } from '@ebb/core';
import { IdbBackend, IdbKeyVault, openEbbDatabase, type EbbDatabase } from '../storage/idb-backend.ts';
import { describeStorageError } from '../storage/describe-storage-error.ts';
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
let keys: IdbKeyVault | undefined;
let vaultKey: CryptoKey | undefined;
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

function openWith(key: CryptoKey) {
  if (!db) throw new Error('Database not open');
  vaultKey = key;
  const store = new EncryptedStore(new IdbBackend(db), key);
  vaultStatus.value = 'open';
  opened.resolve(store);
  for (const listener of openListeners) listener();
}

export async function startVault(): Promise<void> {
  try {
    db = await openEbbDatabase(undefined, closeVault);
    keys = new IdbKeyVault(db);
    const lock = await keys.loadLock();
    if (lock) {
      passcodeKind.value = lock.passcodeKind;
      vaultStatus.value = 'locked';
      return;
    }
    openWith(await loadOrCreateVaultKey(keys));
  } catch (error) {
    vaultStatus.value = 'failed';
    storeProblem.value = describeStorageError(error);
    opened.reject(error);
  }
}

export type UnlockOutcome = { ok: true } | { ok: false; reason: 'wrong' | 'wait'; retryAt: number };

/** Tries a passcode. Wrong tries grow a delay (kept across reloads); they never wipe anything. */
export async function unlock(passcode: string): Promise<UnlockOutcome> {
  if (!keys) throw new Error('Database not open');
  const lock = await keys.loadLock();
  if (!lock) return { ok: true };
  const outcome = await (await tries()).tryPasscode(keys, lock, passcode);
  if (!outcome.ok) return outcome;
  openWith(outcome.key);
  return { ok: true };
}

export type ConfirmOutcome = { ok: true; proof: OwnerProof } | { ok: false; reason: 'wrong' | 'wait'; retryAt: number } | { ok: false; reason: 'wrong-recovery-key' };

/** Asks again while unlocked: the current passcode (with the same delay as unlocking) or the recovery key. */
export async function confirmOwner(secret: string): Promise<ConfirmOutcome> {
  if (!keys) throw new Error('Database not open');
  const lock = await keys.loadLock();
  if (!lock) return { ok: true, proof: issueOwnerProof() };
  const outcome = await (await tries()).trySecret(keys, lock, secret);
  return outcome.ok ? { ok: true, proof: issueOwnerProof() } : outcome;
}

/** With a passcode, only someone who has just confirmed it may expose or remove everything. */
async function ownerOnly(proof: OwnerProof | null): Promise<void> {
  requireOwner(proof, passcodeKind.value !== null || (await keys?.loadLock()) !== undefined);
}

/** Unlocks with the recovery key. Throws LockError('wrong-recovery-key' | 'malformed-recovery-key'). */
export async function unlockWithRecovery(recoveryKey: string): Promise<void> {
  if (!keys) throw new Error('Database not open');
  const lock = await keys.loadLock();
  if (!lock) return;
  const { unlockWithRecoveryKey } = await heavy();
  const key = await unlockWithRecoveryKey(lock, recoveryKey);
  await keys.saveFailures({ count: 0, lastAt: 0 });
  openedWithRecoveryKey.value = true;
  openWith(key);
}

/** Another tab deleted everything (or this one did): forget all and stop writing. */
export function closeVault(): void {
  vaultKey = undefined;
  db?.close(); // so that deleting the database is not held up by this tab
  db = undefined;
  keys = undefined;
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
  vaultKey = undefined;
  opened = deferred();
  vaultStatus.value = 'locked';
  for (const listener of lockListeners) listener();
  return true;
}

/** Another tab set, changed or removed the passcode: read which kind is in use now. */
export async function refreshLockState(): Promise<void> {
  if (!keys) return;
  passcodeKind.value = (await keys.loadLock())?.passcodeKind ?? null;
}

/** Turns the passcode on (or replaces it). Returns the recovery key when one is newly made. */
export async function setPasscode(passcode: string, kind: PasscodeKind, proof: OwnerProof | null): Promise<string | undefined> {
  await ownerOnly(proof);
  if (!keys || !vaultKey) throw new Error('Ebb must be unlocked to change the passcode');
  const { changePasscode, createVaultLock } = await heavy();
  const existing = await keys.loadLock();
  if (existing) {
    await keys.saveLock(await changePasscode(existing, vaultKey, passcode, kind));
    passcodeKind.value = kind;
    announce('lock-settings');
    return undefined;
  }
  const { lock, recoveryKey } = await createVaultLock(vaultKey, passcode, kind);
  await keys.replaceKeyWithLock(lock);
  passcodeKind.value = kind;
  announce('lock-settings');
  return recoveryKey;
}

export async function removePasscode(proof: OwnerProof | null): Promise<void> {
  await ownerOnly(proof);
  if (!keys || !vaultKey) throw new Error('Ebb must be unlocked to turn the passcode off');
  await keys.replaceLockWithKey(vaultKey);
  passcodeKind.value = null;
  announce('lock-settings');
}

/** An encrypted backup of everything, as file text. Needs a passcode: the backup opens with it (or the recovery key). */
export async function makeBackup(proof: OwnerProof | null): Promise<string | undefined> {
  await ownerOnly(proof);
  if (!db || !keys || !vaultKey) throw new Error('Ebb must be unlocked to make a backup');
  const lock = await keys.loadLock();
  if (!lock) return undefined;
  const { createBackup } = await heavy();
  return createBackup(await new IdbBackend(db).listAll(), vaultKey, lock, new Date());
}

/** Restores records opened from a backup (with the backup's own key): all checked first, then one write. */
export async function restoreRecords(records: readonly SealedRecord[], backupKey: CryptoKey, mode: RestoreMode, onProgress?: RestoreProgress): Promise<RestoreSummary> {
  if (!db || !vaultKey) throw new Error('Ebb must be unlocked to restore');
  const { restoreBackup } = await heavy();
  const summary = await restoreBackup({ backend: new IdbBackend(db), records, backupKey, deviceKey: vaultKey, mode, onProgress });
  for (const listener of openListeners) listener(); // read settings and people again
  announce('data');
  return summary;
}

export async function exportPlain(proof: OwnerProof | null): Promise<{ json: string; peopleCsv: string }> {
  await ownerOnly(proof);
  const { plainExport } = await heavy();
  return plainExport(await getStore(), new Date());
}

/** Deletes everything Ebb keeps on this device; with a passcode, only after it was confirmed. */
export async function deleteAllData(proof: OwnerProof | null): Promise<void> {
  await ownerOnly(proof);
  closeVault();
  await (await import('../storage/delete-everything.ts')).deleteEverything();
}
