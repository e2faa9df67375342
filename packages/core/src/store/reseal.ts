// Key rotation's heavy part: every record sealed under the old vault key is opened and sealed again under
// the new one, a page at a time. Each page is written in one atomic step together with the progress, so a
// rotation killed at any moment resumes where it stopped, and nothing is ever half re-sealed.
import { EnvelopeError, open, seal, type RecordAddress } from '../crypto/envelope.ts';
import type { SealedRecord } from './store.ts';

/** A record re-sealed, to be written only if the stored envelope is still the one that was read. */
export interface ResealChange {
  record: SealedRecord;
  expected: Uint8Array<ArrayBuffer>;
}

/** Where the records and the rotation's progress are kept (IndexedDB in the browser, memory in tests). */
export interface ResealTarget {
  /** At most `limit` records after `after` (all when null), in (type, id) order. */
  readPage(after: RecordAddress | null, limit: number): Promise<SealedRecord[]>;
  /**
   * In one atomic step: each change is written only where the stored envelope still equals `expected`
   * (a record written meanwhile under the new key is left as it is), and `progress` is saved as the last
   * address done.
   */
  writePage(changes: readonly ResealChange[], progress: RecordAddress): Promise<void>;
}

export interface ResealOutcome {
  resealed: number;
  /** Records neither key opens (damaged before the rotation): left exactly as they were. */
  unreadable: number;
}

export const RESEAL_PAGE_SIZE = 250;

/** Re-seals every record after `from` (the saved progress, or null to start) from `oldKey` to `newKey`. */
export async function resealAll(
  target: ResealTarget,
  from: RecordAddress | null,
  oldKey: CryptoKey,
  newKey: CryptoKey,
  onPage: (done: number) => void = () => undefined,
  pageSize = RESEAL_PAGE_SIZE,
): Promise<ResealOutcome> {
  const outcome: ResealOutcome = { resealed: 0, unreadable: 0 };
  let after = from;
  for (;;) {
    const page = await target.readPage(after, pageSize);
    if (page.length === 0) return outcome;
    const changes: ResealChange[] = [];
    for (const record of page) {
      let plaintext: Uint8Array<ArrayBuffer>;
      try {
        plaintext = await open(oldKey, record, record.envelope);
      } catch (error) {
        if (!(error instanceof EnvelopeError)) throw error;
        // Already under the new key (written during the rotation, or re-sealed before a crash), or damaged.
        if (!(await opensWith(newKey, record))) outcome.unreadable++;
        continue;
      }
      changes.push({ record: { type: record.type, id: record.id, envelope: await seal(newKey, record, plaintext) }, expected: record.envelope });
    }
    const last = page[page.length - 1] as SealedRecord;
    after = { type: last.type, id: last.id };
    await target.writePage(changes, after);
    outcome.resealed += changes.length;
    onPage(outcome.resealed);
  }
}

async function opensWith(key: CryptoKey, record: SealedRecord): Promise<boolean> {
  try {
    await open(key, record, record.envelope);
    return true;
  } catch {
    return false;
  }
}
