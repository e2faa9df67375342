// At-rest storage in memory: for tests and Node tools (benchmarks). Copies bytes in and out, as a real
// store would, so callers cannot change what is stored.
import type { AtRestStorage, StoredRecord } from './at-rest.ts';

export class MemoryAtRest implements AtRestStorage {
  protected readonly records = new Map<string, Uint8Array<ArrayBuffer>>();

  async get(name: string) {
    return this.records.get(name)?.slice();
  }

  async names() {
    return [...this.records.keys()].sort();
  }

  async getMany(names: readonly string[]) {
    return names.flatMap((name) => {
      const box = this.records.get(name);
      return box ? [{ name, box: box.slice() }] : [];
    });
  }

  async all() {
    return this.getMany(await this.names());
  }

  async write(put: readonly StoredRecord[], remove: readonly string[], { replace }: { replace: boolean }) {
    if (replace) this.records.clear();
    for (const name of remove) this.records.delete(name);
    for (const r of put) this.records.set(r.name, r.box.slice());
  }
}
