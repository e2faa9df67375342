// The RecordBackend over the at-rest layout (at-rest.ts): callers keep records by kind and id, the storage
// beneath sees only HMAC names and padded boxes. Listing a kind opens the boxes whose kind it does not yet
// know, once per vault key: a name always stands for the same record under the same key, so what was
// learnt never goes stale. While a key rotation runs, the previous key's names and boxes are read too, and a
// write or delete removes the record's name under the previous key so that re-sealing cannot bring it back.
import { EnvelopeError, type RecordAddress } from '../crypto/envelope.ts';
import { atRestKeys } from './at-rest-keys.ts';
import { openAtRest, sealAtRest, storedName, type AtRestStorage, type StoredRecord } from './at-rest.ts';
import type { KeyRing } from './key-ring.ts';
import type { RecordBackend, SealedRecord } from './store.ts';

export class AtRestBackend implements RecordBackend {
  private readonly keys: KeyRing;
  /** Per vault key: stored name → the record it names (learnt by opening its box). */
  private readonly known = new WeakMap<CryptoKey, Map<string, RecordAddress>>();

  /** A key, or the ring the store shares with a key rotation. */
  constructor(
    private readonly storage: AtRestStorage,
    key: CryptoKey | KeyRing,
  ) {
    this.keys = 'current' in key ? key : { current: key };
  }

  /** The vault keys to read with: the current one first. */
  private readKeys(): CryptoKey[] {
    const { current, previous } = this.keys;
    return previous ? [current, previous] : [current];
  }

  private knownFor(key: CryptoKey): Map<string, RecordAddress> {
    let map = this.known.get(key);
    if (!map) {
      map = new Map();
      this.known.set(key, map);
    }
    return map;
  }

  /** Opens a stored record with whichever key sealed it; undefined when none did (damaged, or a newer key). */
  private async open(stored: StoredRecord): Promise<SealedRecord | undefined> {
    for (const key of this.readKeys()) {
      try {
        const record = await openAtRest(await atRestKeys(key), stored);
        this.knownFor(key).set(stored.name, { type: record.type, id: record.id });
        return record;
      } catch (error) {
        if (!(error instanceof EnvelopeError)) throw error;
      }
    }
    return undefined;
  }

  async get(type: string, id: string): Promise<SealedRecord | undefined> {
    for (const key of this.readKeys()) {
      const keys = await atRestKeys(key);
      const name = await storedName(keys, { type, id });
      const box = await this.storage.get(name);
      if (!box) continue;
      // The name is this key's: a box it does not open is damaged, and says so rather than reading as absent.
      return openAtRest(keys, { name, box });
    }
    return undefined;
  }

  /** The record's names under the previous key, while a rotation runs: removed with every write. */
  private async previousNames(records: readonly RecordAddress[]): Promise<string[]> {
    const { previous } = this.keys;
    if (!previous) return [];
    const keys = await atRestKeys(previous);
    return Promise.all(records.map((r) => storedName(keys, r)));
  }

  async put(record: SealedRecord): Promise<void> {
    await this.putAll([record], { replace: false });
  }

  async delete(type: string, id: string): Promise<void> {
    const names = await Promise.all(this.readKeys().map(async (key) => storedName(await atRestKeys(key), { type, id })));
    await this.storage.write([], names, { replace: false });
  }

  async list(type: string): Promise<SealedRecord[]> {
    const names = await this.storage.names();
    const maps = this.readKeys().map((key) => this.knownFor(key));
    const wanted = names.filter((name) => {
      const address = maps.map((m) => m.get(name)).find((a) => a !== undefined);
      return address === undefined || address.type === type;
    });
    // The first listing wants every box: read them all at once rather than one by one.
    const stored = wanted.length === names.length ? await this.storage.all() : await this.storage.getMany(wanted);
    const opened = await Promise.all(stored.map((s) => this.open(s)));
    return unique(opened.filter((r): r is SealedRecord => r?.type === type));
  }

  async listAll(): Promise<SealedRecord[]> {
    const opened = await Promise.all((await this.storage.all()).map((stored) => this.open(stored)));
    return unique(opened.filter((r): r is SealedRecord => r !== undefined));
  }

  async putAll(records: readonly SealedRecord[], { replace }: { replace: boolean }): Promise<void> {
    const keys = await atRestKeys(this.keys.current);
    const stored = await Promise.all(records.map((r) => sealAtRest(keys, r)));
    await this.storage.write(stored, replace ? [] : await this.previousNames(records), { replace });
  }
}

/** One record per address: during a rotation a record could briefly be read under both keys. */
function unique(records: SealedRecord[]): SealedRecord[] {
  const seen = new Set<string>();
  return records.filter((r) => {
    const address = JSON.stringify([r.type, r.id]);
    if (seen.has(address)) return false;
    seen.add(address);
    return true;
  });
}
