// A short, kind explanation of a storage failure, for the screens. Never includes personal content.
import { RecordError } from '@ebb/core';
import { m } from '../i18n/messages.ts';

export function describeStorageError(error: unknown): string {
  if (error instanceof RecordError && error.code === 'future-version') return m.storage.futureVersion;
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return m.storage.quota;
  if (error instanceof DOMException && (error.name === 'InvalidStateError' || error.name === 'SecurityError')) return m.storage.blocked;
  // Anything else in plain words too: a technical name such as UnknownError means nothing to the person.
  return m.storage.unknown;
}
