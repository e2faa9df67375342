// This device's link to a sync account: the sync secret, the device's random HLC id, and whether records
// sync (an account can exist for share links alone). Encrypted like every record; kept on this device only
// (never in a backup or a plain export; never synced): the secret reaches another device by pairing alone.
import * as v from 'valibot';
import { defineRecord } from '../records/define-record.ts';

export const SYNC_ACCOUNT_ID = 'this-device';

const base64Url = (length: number) => v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/), v.length(length));

const syncAccountSchema = v.object({
  /** The 32-byte sync secret, base64url. */
  secret: base64Url(43),
  /** The HLC device id: random, never a name or a model (the server sees it in versions). */
  deviceId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  /** The server knows the account (its create was answered). */
  registered: v.boolean(),
  /** Records sync; false when the account exists for share links only, or sync was turned off. */
  syncing: v.boolean(),
  /** When a sync last finished (ms since 1970), or null before the first. */
  lastSyncedAt: v.nullable(v.pipe(v.number(), v.integer())),
});

export type SyncAccount = v.InferOutput<typeof syncAccountSchema>;

export const syncAccountRecord = defineRecord<SyncAccount>({ type: 'sync-account', version: 1, schema: syncAccountSchema, migrations: {} });

/** Kinds that stay on this device: left out of backups, plain exports and sync. */
export const deviceOnlyTypes: ReadonlySet<string> = new Set(['draft', 'sync-account', 'sync-state', 'share-links']);
