// Why a lock could not be opened. Kept apart from the key derivation so that code which only needs to
// recognise the error does not load Argon2id.
export type LockErrorCode = 'wrong-passcode' | 'wrong-recovery-key' | 'malformed-recovery-key' | 'unknown-version';

export class LockError extends Error {
  constructor(readonly code: LockErrorCode) {
    super(`Could not unlock: ${code}`);
    this.name = 'LockError';
  }
}
