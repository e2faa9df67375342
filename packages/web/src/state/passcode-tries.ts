// Passcode tries, one at a time across every tab of Ebb (Web Locks), each after the wait that wrong tries
// build up. Unlocking and re-confirming the passcode both come through here, so neither guesses faster. The
// recovery key is never made to wait: the owner always has a way in. Loaded with the key derivation.
import {
  LockError,
  NO_FAILURES,
  afterWrongTry,
  clampFailures,
  parseRecoveryKey,
  unlockWaitMs,
  unlockWithPasscode,
  unlockWithRecoveryKey,
  type UnlockFailures,
  type VaultLock,
} from '@ebb/core';
import type { EbbDatabase } from '../storage/idb-backend.ts';
import { SealedFailures } from '../storage/sealed-failures.ts';

/** Where the wrong-try record is kept (beside the lock, sealed under the device secret). */
export interface FailureRecord {
  loadFailures(): Promise<UnlockFailures>;
  saveFailures(failures: UnlockFailures): Promise<void>;
}

export const failureRecord = (db: EbbDatabase): FailureRecord => new SealedFailures(db);

export type PasscodeTry = { ok: true; key: CryptoKey } | { ok: false; reason: 'wrong' | 'wait'; retryAt: number };
export type SecretTry = PasscodeTry | { ok: false; reason: 'wrong-recovery-key' };

/** Every tab shares this lock, so tabs trying at once still make one try per wait. */
async function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
  return 'locks' in navigator ? navigator.locks.request('ebb-unlock', run) : run();
}

/** Tries a passcode once the wait is over; a wrong one is counted and lengthens the next wait. */
export function tryPasscode(record: FailureRecord, lock: VaultLock, passcode: string): Promise<PasscodeTry> {
  return oneAtATime(async () => {
    const stored = await record.loadFailures();
    const now = Date.now();
    const failures = clampFailures(stored, now);
    // A time ahead of the clock is written back as now, so it cannot keep the wait going.
    if (failures.lastAt !== stored.lastAt || failures.count !== stored.count) await record.saveFailures(failures);
    const wait = unlockWaitMs(failures, now);
    if (wait > 0) return { ok: false, reason: 'wait', retryAt: now + wait };
    try {
      const key = await unlockWithPasscode(lock, passcode);
      await record.saveFailures(NO_FAILURES);
      return { ok: true, key };
    } catch (error) {
      if (!(error instanceof LockError) || error.code !== 'wrong-passcode') throw error;
      const at = Date.now();
      const after = afterWrongTry(failures, at);
      await record.saveFailures(after);
      return { ok: false, reason: 'wrong', retryAt: at + unlockWaitMs(after, at) };
    }
  });
}

/** The current passcode, or the recovery key (never delayed), checked as unlocking checks it. */
export async function trySecret(record: FailureRecord, lock: VaultLock, secret: string): Promise<SecretTry> {
  if (!parseRecoveryKey(secret)) return tryPasscode(record, lock, secret);
  try {
    const key = await unlockWithRecoveryKey(lock, secret);
    await record.saveFailures(NO_FAILURES);
    return { ok: true, key };
  } catch (error) {
    if (error instanceof LockError) return { ok: false, reason: 'wrong-recovery-key' };
    throw error;
  }
}
