// A RecordBackend in memory: for tests and for Node tools (benchmarks). Copies bytes in and out, as a real
// store would, so callers cannot mutate what is stored.
import type { RecordBackend, SealedRecord } from './store.ts';

export class MemoryBackend implements RecordBackend {
  private readonly records = new Map<string, SealedRecord>();

  private static key(type: string, id: string) {
    return JSON.stringify([type, id]);
  }

  async get(type: string, id: string) {
    const r = this.records.get(MemoryBackend.key(type, id));
    return r && { ...r, envelope: r.envelope.slice() };
  }

  async put(record: SealedRecord) {
    this.records.set(MemoryBackend.key(record.type, record.id), { ...record, envelope: record.envelope.slice() });
  }

  async delete(type: string, id: string) {
    this.records.delete(MemoryBackend.key(type, id));
  }

  async listAll() {
    return [...this.records.values()].map((r) => ({ ...r, envelope: r.envelope.slice() }));
  }

  async putAll(records: readonly SealedRecord[], { replace }: { replace: boolean }) {
    if (replace) this.records.clear();
    for (const record of records) await this.put(record);
  }

  async list(type: string) {
    return [...this.records.values()].filter((r) => r.type === type).map((r) => ({ ...r, envelope: r.envelope.slice() }));
  }
}
