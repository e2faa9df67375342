// The Store seam: what the app calls to keep records (typed, encrypted), and the backend beneath it that
// only ever sees sealed envelopes: in the browser the at-rest layout over IndexedDB (at-rest-backend.ts),
// in tests memory, later the sync server.
import type { RecordDefinition } from '../records/define-record.ts';

/** One sealed record as a backend keeps it. The backend never sees plaintext. */
export interface SealedRecord {
  type: string;
  id: string;
  envelope: Uint8Array<ArrayBuffer>;
}

/** Persists sealed records. Each call is atomic: a record is either wholly old or wholly new. */
export interface RecordBackend {
  get(type: string, id: string): Promise<SealedRecord | undefined>;
  put(record: SealedRecord): Promise<void>;
  delete(type: string, id: string): Promise<void>;
  list(type: string): Promise<SealedRecord[]>;
  /** Every record of every type (for backups). */
  listAll(): Promise<SealedRecord[]>;
  /** Writes all or none: used by restore. With `replace`, every existing record is removed first. */
  putAll(records: readonly SealedRecord[], options: { replace: boolean }): Promise<void>;
}

/** Typed, encrypted records: what the rest of Ebb uses. */
export interface Store {
  get<T>(definition: RecordDefinition<T>, id: string): Promise<T | undefined>;
  put<T>(definition: RecordDefinition<T>, id: string, value: T): Promise<void>;
  delete<T>(definition: RecordDefinition<T>, id: string): Promise<void>;
  list<T>(definition: RecordDefinition<T>): Promise<Array<{ id: string; value: T }>>;
}
