// Records stored by Ebb before the at-rest layout (kind and id as the database's key, the envelope as the
// value, its length exact) are moved into it once a vault key is known: a page at a time, each page one
// atomic step that removes the old entries and writes the new, so a move killed midway resumes on the next
// opening. Nothing is opened beyond finding which key sealed each envelope.
import { EnvelopeError, open } from '../crypto/envelope.ts';
import { atRestKeys } from './at-rest-keys.ts';
import { sealAtRest, type StoredRecord } from './at-rest.ts';
import type { SealedRecord } from './store.ts';

export interface LegacyMove {
  /** The old entry: removed only if its envelope is still the one that was read. */
  from: SealedRecord;
  /** Written unless a record already has its name (written since, so newer). */
  to: StoredRecord;
}

/** The old layout's entries (IndexedDB's `records` store in the browser). */
export interface LegacyRecords {
  /** The first `limit` old entries left; none once everything has moved. */
  readLegacyPage(limit: number): Promise<SealedRecord[]>;
  /** One atomic step (see LegacyMove). */
  moveLegacyPage(moves: readonly LegacyMove[]): Promise<void>;
}

export const LEGACY_PAGE_SIZE = 250;

/**
 * Moves every old entry into the at-rest layout under the key that sealed it (the first of `keys` that opens
 * it; during a rotation, either key). An entry no key opens is moved under the first key, still unreadable,
 * so that no kind or id stays in the open. Returns how many moved.
 */
export async function moveLegacyRecords(target: LegacyRecords, keys: readonly CryptoKey[], pageSize = LEGACY_PAGE_SIZE): Promise<number> {
  const [first] = keys;
  if (!first) throw new Error('Moving records needs a vault key');
  let moved = 0;
  for (;;) {
    const page = await target.readLegacyPage(pageSize);
    if (page.length === 0) return moved;
    const moves: LegacyMove[] = [];
    for (const record of page) {
      let sealer = first;
      for (const key of keys) {
        const opened = await open(key, record, record.envelope).then(
          () => true,
          (error: unknown) => {
            if (error instanceof EnvelopeError) return false;
            throw error;
          },
        );
        if (opened) {
          sealer = key;
          break;
        }
      }
      moves.push({ from: record, to: await sealAtRest(await atRestKeys(sealer), record) });
    }
    await target.moveLegacyPage(moves);
    moved += moves.length;
  }
}
