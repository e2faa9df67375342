// The Store over any RecordBackend: validates, versions and seals on the way in; opens, migrates and
// validates on the way out. Nothing reaches the backend unsealed, settings included.
import { fromUtf8, utf8 } from '../crypto/bytes.ts';
import { open, seal } from '../crypto/envelope.ts';
import { decodeRecord, encodeRecord, type RecordDefinition } from '../records/define-record.ts';
import type { RecordBackend, Store } from './store.ts';

export class EncryptedStore implements Store {
  constructor(
    private readonly backend: RecordBackend,
    private readonly key: CryptoKey,
  ) {}

  async get<T>(definition: RecordDefinition<T>, id: string): Promise<T | undefined> {
    const sealed = await this.backend.get(definition.type, id);
    if (!sealed) return undefined;
    return this.unseal(definition, id, sealed.envelope);
  }

  async put<T>(definition: RecordDefinition<T>, id: string, value: T): Promise<void> {
    const plaintext = utf8(JSON.stringify(encodeRecord(definition, value)));
    const envelope = await seal(this.key, { type: definition.type, id }, plaintext);
    await this.backend.put({ type: definition.type, id, envelope });
  }

  delete<T>(definition: RecordDefinition<T>, id: string): Promise<void> {
    return this.backend.delete(definition.type, id);
  }

  async list<T>(definition: RecordDefinition<T>): Promise<Array<{ id: string; value: T }>> {
    const sealed = await this.backend.list(definition.type);
    return Promise.all(sealed.map(async (r) => ({ id: r.id, value: await this.unseal(definition, r.id, r.envelope) })));
  }

  private async unseal<T>(definition: RecordDefinition<T>, id: string, envelope: Uint8Array): Promise<T> {
    const plaintext = await open(this.key, { type: definition.type, id }, envelope);
    return decodeRecord(definition, JSON.parse(fromUtf8(plaintext)));
  }
}
