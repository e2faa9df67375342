// The one registry of what locking forgets. Every state module that holds decrypted data registers how to
// empty it, in the line that defines it; locking (or everything deleted) runs every reset, then reads each
// registered derived value again so that no cached computation keeps the old content in memory.
import type { ReadonlySignal } from '@preact/signals';
import { onVaultLock } from './vault-state.ts';

const resets: Array<() => void> = [];
const derived: Array<ReadonlySignal<unknown>> = [];

/** Registers how to empty decrypted state, and any computed value derived from it. */
export function forgetOnLock(reset: () => void, ...derivedFrom: ReadonlyArray<ReadonlySignal<unknown>>): void {
  resets.push(reset);
  derived.push(...derivedFrom);
}

function forgetDecrypted(): void {
  for (const reset of resets) reset();
  // A computed value keeps its last result until it is read again: read it now, from the emptied state.
  for (const value of derived) value.peek();
}

onVaultLock(forgetDecrypted);
