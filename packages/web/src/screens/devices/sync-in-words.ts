// What the Devices screen says about sync: when it last finished ("Synced 2 minutes ago", in this build's
// language through Intl), why a run or a request to the server failed, in plain words.
import { format } from '../../i18n/messages.ts';
import { mdv } from '../../i18n/devices-messages.ts';
import { locale } from '../../i18n/language.ts';
import { ApiError } from '../../sync/api-request.ts';
import type { SyncStatus } from '../../sync/background-sync.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function syncedInWords(at: number, now: number): string {
  const ago = Math.max(0, now - at);
  if (ago < MINUTE) return mdv.status.justNow;
  const words = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const when =
    ago < HOUR
      ? words.format(-Math.floor(ago / MINUTE), 'minute')
      : ago < DAY
        ? words.format(-Math.floor(ago / HOUR), 'hour')
        : words.format(-Math.floor(ago / DAY), 'day');
  return format(mdv.status.synced, { when });
}

/** The line beside Sync now: what sync is doing, or why its last run did not finish. */
export function statusInWords(status: SyncStatus, now: number): string {
  switch (status.state) {
    case 'off':
      return mdv.status.off;
    case 'syncing':
      return mdv.status.syncing;
    case 'synced':
      return syncedInWords(status.lastSyncedAt, now);
    case 'failed':
      return status.reason === 'storage' ? format(mdv.failed.storage, { reason: status.detail || mdv.failed.other }) : mdv.failed[status.reason];
  }
}

/** A request to the server that failed (turning on, linking, deleting the server copy), inside a sentence. */
export function apiReasonInWords(error: unknown): string {
  if (error instanceof ApiError) return error.reason === 'offline' ? mdv.reasons.offline : error.reason === 'server' ? mdv.reasons.server : mdv.reasons.other;
  return mdv.reasons.other;
}
