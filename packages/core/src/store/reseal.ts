// Key rotation's heavy part: every stored record sealed under the old vault key is opened and sealed again
// under the new one — its envelope, its box and its stored name (at-rest.ts), a page at a time. Each page is
// written in one atomic step together with the progress, so a rotation killed at any moment resumes where
// it stopped, and nothing is ever half re-sealed.
import { EnvelopeError, open, seal } from '../crypto/envelope.ts';
import { atRestKeys, type AtRestKeys } from './at-rest-keys.ts';
import { openAtRest, sealAtRest, type StoredRecord } from './at-rest.ts';

/** A record re-sealed: `from` goes only if its box is still the one that was read; `to` is written unless its name is taken. */
export interface ResealChange {
  from: StoredRecord;
  to: StoredRecord;
}

/** Where the records and the rotation's progress are kept (IndexedDB in the browser, memory in tests). */
export interface ResealTarget {
  /** At most `limit` stored records after the name `after` (all when null), in name order. */
  readPage(after: string | null, limit: number): Promise<StoredRecord[]>;
  /**
   * In one atomic step: for each change whose `from` box is still stored as it was read, `from` is removed
   * and `to` written — unless a record already has `to`'s name (written meanwhile under the new key, and
   * newer); then `progress` is saved as the last name done.
   */
  writePage(changes: readonly ResealChange[], progress: string): Promise<void>;
}

export interface ResealOutcome {
  resealed: number;
  /** Records neither key opens (damaged before the rotation): left exactly as they were. */
  unreadable: number;
}

export const RESEAL_PAGE_SIZE = 250;

async function opens(keys: AtRestKeys, stored: StoredRecord): Promise<boolean> {
  return openAtRest(keys, stored).then(
    () => true,
    () => false,
  );
}

/** Re-seals every stored record after `from` (the saved progress, or null to start) from `oldKey` to `newKey`. */
export async function resealAll(
  target: ResealTarget,
  from: string | null,
  oldKey: CryptoKey,
  newKey: CryptoKey,
  onPage: (done: number) => void = () => undefined,
  pageSize = RESEAL_PAGE_SIZE,
): Promise<ResealOutcome> {
  const [oldKeys, newKeys] = await Promise.all([atRestKeys(oldKey), atRestKeys(newKey)]);
  const outcome: ResealOutcome = { resealed: 0, unreadable: 0 };
  let after = from;
  for (;;) {
    const page = await target.readPage(after, pageSize);
    if (page.length === 0) return outcome;
    const changes: ResealChange[] = [];
    for (const stored of page) {
      let record;
      try {
        record = await openAtRest(oldKeys, stored);
      } catch (error) {
        if (!(error instanceof EnvelopeError)) throw error;
        // Already under the new key (written during the rotation, or re-sealed before a crash), or damaged.
        if (!(await opens(newKeys, stored))) outcome.unreadable++;
        continue;
      }
      let envelope = record.envelope;
      try {
        envelope = await seal(newKey, record, await open(oldKey, record, record.envelope));
      } catch (error) {
        // An envelope already under the new key (a write that raced the switch of keys) moves as it is; one
        // that neither key opens moves as it is too, still unreadable, so no old name is left behind.
        if (!(error instanceof EnvelopeError)) throw error;
      }
      changes.push({ from: stored, to: await sealAtRest(newKeys, { ...record, envelope }) });
    }
    after = (page[page.length - 1] as StoredRecord).name;
    await target.writePage(changes, after);
    outcome.resealed += changes.length;
    onPage(outcome.resealed);
  }
}
