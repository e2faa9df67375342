// What the sync and share API needs from a database: ciphertext in, ciphertext out, keyed by opaque ids.
// The server never learns what a record is: only an opaque id, a version, a size and times.

/** The outcome of storing a record. A put never changes a record whose stored version is as new or newer. */
export type PutRecordResult =
  { readonly kind: 'stored'; readonly cursor: string } | { readonly kind: 'stale'; readonly storedVersion: string } | { readonly kind: 'no-account' };

/** One record as the server holds it. */
export interface StoredRecord {
  readonly recordId: string;
  readonly version: string;
  readonly ciphertext: Uint8Array;
}

/** A page of an account's changes, oldest first; `cursor` asks for the changes after this page. */
export interface RecordPage {
  readonly records: readonly StoredRecord[];
  readonly cursor: string;
}

/** The outcome of opening a share link: each successful read counts one view. */
export type ReadShareResult =
  { readonly kind: 'found'; readonly ciphertext: Uint8Array; readonly views: number } | { readonly kind: 'missing' | 'expired' | 'revoked' };

/** One of an account's shares as its owner sees it: never the ciphertext. */
export interface ShareSummary {
  readonly shareId: string;
  readonly views: number;
  readonly expiresAt: Date;
  readonly revoked: boolean;
}

export interface SyncStorage {
  /** Creates an account; false when the id is already taken (nothing changes). */
  createAccount(accountId: string, authKeyHash: string): Promise<boolean>;
  /** The stored Argon2id hash of the account's auth key, or undefined for an unknown account. */
  findAccount(accountId: string): Promise<{ readonly authKeyHash: string } | undefined>;
  /** Stores a record if `version` is greater than the stored one (compared code unit by code unit). */
  putRecord(accountId: string, record: StoredRecord): Promise<PutRecordResult>;
  /** `putRecord` for each record in order, all in one transaction; a result for each. */
  putRecords(accountId: string, records: readonly StoredRecord[]): Promise<PutRecordResult[]>;
  /** The account's records changed after `cursor` (undefined: from the start), at most `limit`. */
  listRecords(accountId: string, cursor: string | undefined, limit: number): Promise<RecordPage>;
  /** Removes the account, its records and its shares. */
  deleteAccount(accountId: string): Promise<void>;
  /** Stores a sealed share owned by the account; false when the share id is already taken. */
  createShare(accountId: string, shareId: string, ciphertext: Uint8Array, expiresAt: Date): Promise<boolean>;
  /** Reads a share at `now`, counting a view only when it is returned. */
  readShare(shareId: string, now: Date): Promise<ReadShareResult>;
  /** The account's shares, soonest to expire first. */
  listShares(accountId: string): Promise<readonly ShareSummary[]>;
  /** Revokes one of the account's shares; false when the account has no such share. */
  revokeShare(accountId: string, shareId: string): Promise<boolean>;
  /** Closes the database connection. */
  close(): Promise<void>;
}
