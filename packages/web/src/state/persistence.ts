// Whether the browser promises to keep Ebb's data (browsers may otherwise clear it under disk pressure,
// or after weeks without a visit), and asking for that promise.
export type Persistence = 'kept' | 'may-be-cleared' | 'unknown';

export async function storagePersistence(): Promise<Persistence> {
  if (!navigator.storage?.persisted) return 'unknown';
  return (await navigator.storage.persisted()) ? 'kept' : 'may-be-cleared';
}

export async function askToKeepStorage(): Promise<Persistence> {
  if (!navigator.storage?.persist) return 'unknown';
  return (await navigator.storage.persist()) ? 'kept' : 'may-be-cleared';
}
