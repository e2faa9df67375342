// What the restore screen says when a restore is done: what really changed, counted as a person would
// ("Added 12 days of check-ins and 3 journal entries"), never a count of stored records.
import { countedThings, type RestoreMode, type RestoreSummary } from '@ebb/core';
import { format, plural } from '../i18n/messages.ts';
import { mb } from '../i18n/backup-messages.ts';

/** "a", "a and b", "a, b and c". */
function listOf(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return format(mb.restoreAnd, { first: parts.slice(0, -1).join(', '), last: parts[parts.length - 1] ?? '' });
}

function counted(counts: RestoreSummary['added']): string[] {
  return countedThings.filter((thing) => counts[thing] > 0).map((thing) => plural(counts[thing], mb.restoreCounted[thing]));
}

export function describeRestore(summary: RestoreSummary, mode: RestoreMode): string {
  const added = [...summary.addedSingle.map((thing) => mb.restoreSingle[thing]), ...counted(summary.added)];
  const updated = [...summary.updatedSingle.map((thing) => mb.restoreSingle[thing]), ...counted(summary.updated)];
  let text: string;
  if (mode === 'replace') text = added.length ? format(mb.restoreReplaced, { items: listOf(added) }) : mb.restoreReplacedEmpty;
  else if (added.length && updated.length) text = format(mb.restoreAddedUpdated, { items: listOf(added), updated: listOf(updated) });
  else if (added.length) text = format(mb.restoreAdded, { items: listOf(added) });
  else if (updated.length) text = format(mb.restoreUpdated, { updated: listOf(updated) });
  else text = mb.restoreUnchanged;
  return summary.leftOut > 0 ? `${text} ${format(mb.restoreLeftOut, { count: summary.leftOut })}` : text;
}
