// What this device knows of its sync: its hybrid logical clock, where its last pull ended, and for each record
// the version it last wrote or took, a hash of its content then, and whether the server has it. Kept on this
// device only (never in a backup, never synced), encrypted like every record.
import * as v from 'valibot';
import { defineRecord, type VersionedData } from '../records/define-record.ts';
import { toBase64Url, utf8 } from '../crypto/bytes.ts';
import { canonical } from '../merge/merge-helpers.ts';

export const SYNC_STATE_ID = 'this-device';

const version = v.pipe(v.string(), v.maxLength(100));
const base64Url = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]*$/));

const entrySchema = v.object({
  /** The record's HLC version (encoded): the one this device wrote, or the one it took from the server. */
  version,
  /** SHA-256 (base64url) of the record's canonical encoded JSON at that version; '' for a deletion. */
  hash: v.pipe(v.string(), v.maxLength(43)),
  /** The server holds this version (false: written here and not yet pushed). */
  pushed: v.boolean(),
  /** The record was deleted at this version (a tombstone: the server is told with `d: null`). */
  deleted: v.optional(v.literal(true)),
  /** For a change not yet pushed: the newest server version it already includes (a month merged with it). */
  base: v.optional(version),
});

const heldSchema = v.object({
  /** The opaque id it came under (its seal is bound to it). */
  id: v.pipe(v.string(), v.maxLength(43)),
  version,
  /** The sealed bytes, base64url: opened again by an Ebb that can read them. */
  ciphertext: base64Url,
});

const syncStateSchema = v.object({
  /** The hybrid logical clock, encoded (hlc.ts). */
  clock: version,
  /** Where the last applied pull page ended; null before the first. */
  cursor: v.nullable(v.pipe(v.string(), v.maxLength(1000))),
  /** Per record, keyed by syncEntryKey(type, id). */
  records: v.record(v.string(), entrySchema),
  /** Records from the server this Ebb cannot read (a newer kind or version): never applied, never overwritten. */
  held: v.record(v.string(), heldSchema),
});

export type SyncEntry = v.InferOutput<typeof entrySchema>;
export type HeldRecord = v.InferOutput<typeof heldSchema>;
export type SyncState = v.InferOutput<typeof syncStateSchema>;

export const syncStateRecord = defineRecord<SyncState>({ type: 'sync-state', version: 1, schema: syncStateSchema, migrations: {} });

/** The key of a record's entry: JSON keeps type and id apart whatever they hold. */
export const syncEntryKey = (type: string, id: string): string => JSON.stringify([type, id]);

/** A record's type and id from its entry key. */
export function parseSyncEntryKey(key: string): { type: string; id: string } {
  const [type, id] = JSON.parse(key) as [string, string];
  return { type, id };
}

/** SHA-256 of the record's canonical JSON (keys sorted), base64url: the same content gives the same hash anywhere. */
export async function recordHash(data: VersionedData): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(canonical(data)))));
}
