// The Store over any RecordBackend: validates, versions and seals on the way in; opens, migrates and
// validates on the way out. Nothing reaches the backend unsealed, settings included.
import { fromUtf8, utf8 } from '../crypto/bytes.ts';
import { EnvelopeError, open, seal } from '../crypto/envelope.ts';
import { decodeRecord, encodeRecord, type RecordDefinition } from '../records/define-record.ts';
import type { KeyRing } from './key-ring.ts';
import type { RecordBackend, Store } from './store.ts';

export class EncryptedStore implements Store {
  private readonly keys: KeyRing;

  /** A key, or a ring shared with a key rotation (which switches its keys while the store is in use). */
  constructor(
    private readonly backend: RecordBackend,
    key: CryptoKey | KeyRing,
  ) {
    this.keys = 'current' in key ? key : { current: key };
  }

  async get<T>(definition: RecordDefinition<T>, id: string): Promise<T | undefined> {
    const sealed = await this.backend.get(definition.type, id);
    if (!sealed) return undefined;
    return this.unseal(definition, id, sealed.envelope);
  }

  async put<T>(definition: RecordDefinition<T>, id: string, value: T): Promise<void> {
    const plaintext = utf8(JSON.stringify(encodeRecord(definition, value)));
    let key: CryptoKey;
    // A rotation that began while this write was under way may already have passed this record: seal it
    // again under the new key, so nothing is ever left under a key that is about to be thrown away.
    do {
      key = this.keys.current;
      await this.backend.put({ type: definition.type, id, envelope: await seal(key, { type: definition.type, id }, plaintext) });
    } while (key !== this.keys.current);
  }

  delete<T>(definition: RecordDefinition<T>, id: string): Promise<void> {
    return this.backend.delete(definition.type, id);
  }

  async list<T>(definition: RecordDefinition<T>): Promise<Array<{ id: string; value: T }>> {
    const sealed = await this.backend.list(definition.type);
    return Promise.all(sealed.map(async (r) => ({ id: r.id, value: await this.unseal(definition, r.id, r.envelope) })));
  }

  private async unseal<T>(definition: RecordDefinition<T>, id: string, envelope: Uint8Array): Promise<T> {
    const address = { type: definition.type, id };
    const { current, previous } = this.keys;
    let plaintext: Uint8Array<ArrayBuffer>;
    try {
      plaintext = await open(current, address, envelope);
    } catch (error) {
      if (!previous || !(error instanceof EnvelopeError)) throw error;
      plaintext = await open(previous, address, envelope);
    }
    return decodeRecord(definition, JSON.parse(fromUtf8(plaintext)));
  }
}
