// The tables behind SyncStorage, as Kysely sees them: only ids, versions, sizes, times and ciphertext bytes.
import type { Generated } from 'kysely';

export interface AccountsTable {
  id: string;
  auth_key_hash: string;
  /** The last change number given to one of this account's records; bumped under the account's row lock. */
  last_change: number;
  created_at: number;
}

export interface RecordsTable {
  account_id: string;
  record_id: string;
  version: string;
  /** The account's change number of the last put: the order of `listRecords` and its cursor. */
  change: number;
  size: number;
  ciphertext: Uint8Array;
}

export interface SharesTable {
  id: string;
  account_id: string;
  ciphertext: Uint8Array;
  size: number;
  expires_at: number;
  revoked_at: number | null;
  views: Generated<number>;
}

export interface Database {
  accounts: AccountsTable;
  records: RecordsTable;
  shares: SharesTable;
}
