// The person's encrypted store as app state: opened once at start; every screen waits on the same promise.
import { signal } from '@preact/signals';
import { RecordError, type Store } from '@ebb/core';
import { openStore } from '../storage/open-store.ts';
import { m } from '../i18n/messages.ts';

export type StoreStatus = 'opening' | 'ready' | 'failed';

export const storeStatus = signal<StoreStatus>('opening');
/** Why the store could not open, in plain words (never personal content). */
export const storeProblem = signal('');

let storePromise: Promise<Store> | undefined;

export function getStore(): Promise<Store> {
  storePromise ??= openStore().then(
    (store) => {
      storeStatus.value = 'ready';
      return store;
    },
    (error: unknown) => {
      storeStatus.value = 'failed';
      storeProblem.value = describeStorageError(error);
      throw error;
    },
  );
  return storePromise;
}

/** A short, kind explanation of a storage failure. */
export function describeStorageError(error: unknown): string {
  if (error instanceof RecordError && error.code === 'future-version') return m.storage.futureVersion;
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'this device is out of storage space';
  if (error instanceof DOMException && (error.name === 'InvalidStateError' || error.name === 'SecurityError')) {
    return 'this browser is not letting Ebb save here (private browsing can do this)';
  }
  return error instanceof Error && error.name ? error.name : 'unknown problem';
}
