// Proof that whoever holds the unlocked device knows the current passcode (or the recovery key). Actions that
// expose or remove everything take one, so no caller can skip the question; locking forgets every proof.

/** Opaque: only `issueOwnerProof` makes one, after the passcode or recovery key opened the lock. */
export interface OwnerProof {
  readonly issued: number;
}

/** The action was refused: the owner has not confirmed the passcode since Ebb was last locked. */
export class OwnerNotConfirmedError extends Error {
  constructor() {
    super('The current passcode must be confirmed first');
    this.name = 'OwnerNotConfirmedError';
  }
}

let generation = 0;
const issued = new WeakMap<OwnerProof, number>();

/** For vault-state only, once the passcode or recovery key has opened the lock. */
export function issueOwnerProof(): OwnerProof {
  const proof: OwnerProof = Object.freeze({ issued: Date.now() });
  issued.set(proof, generation);
  return proof;
}

/** Every proof issued so far stops counting (Ebb locked or closed). */
export function forgetOwnerProofs(): void {
  generation++;
}

/** Throws unless there is no passcode, or `proof` was issued since Ebb last locked. */
export function requireOwner(proof: OwnerProof | null, passcodeSet: boolean): void {
  if (passcodeSet && (proof === null || issued.get(proof) !== generation)) throw new OwnerNotConfirmedError();
}
