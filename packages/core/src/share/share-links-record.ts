// The share links this device made: each link's id and key (so it can be shown and copied again), what it
// carries, and when it was made and stops. Kept on this device only (never in a backup, never synced): the
// key opens the share, and only the person who made it decides who else has it.
import * as v from 'valibot';
import { defineRecord } from '../records/define-record.ts';
import { shareKinds } from './share-payload.ts';

export const SHARE_LINKS_ID = 'this-device';
/** How long a link may work: from an hour to thirty days (docs/sync-api.md). */
export const SHARE_MIN_SECONDS = 3600;
export const SHARE_MAX_SECONDS = 30 * 86_400;

const time = v.pipe(v.number(), v.integer(), v.minValue(0));

const shareLinkSchema = v.object({
  /** The share id, 22 base64url characters. */
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{22}$/)),
  /** The key, 43 base64url characters. */
  key: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)),
  kind: v.picklist(shareKinds),
  madeAt: time,
  expiresAt: time,
  /** Stopped from this device (the server answered the revoke). */
  stopped: v.boolean(),
});
export type ShareLinkEntry = v.InferOutput<typeof shareLinkSchema>;

const shareLinksSchema = v.object({ links: v.pipe(v.array(shareLinkSchema), v.maxLength(500)) });
export type ShareLinks = v.InferOutput<typeof shareLinksSchema>;

export const shareLinksRecord = defineRecord<ShareLinks>({ type: 'share-links', version: 1, schema: shareLinksSchema, migrations: {} });

/** The links in a stored record (none when there is no record yet), newest first. */
export const readShareLinks = (stored: ShareLinks | undefined): ShareLinkEntry[] => [...(stored?.links ?? [])].sort((a, b) => b.madeAt - a.madeAt);
