// One test suite for every RecordBackend (memory here, IndexedDB in the web package, later the server's):
// each implementation must pass exactly the same checks.
import { describe, expect, it } from 'vitest';
import type { RecordBackend, SealedRecord } from './store.ts';

const sealed = (type: string, id: string, ...bytes: number[]): SealedRecord => ({ type, id, envelope: Uint8Array.from(bytes) });

export function recordBackendContract(name: string, makeBackend: () => Promise<RecordBackend>) {
  describe(`RecordBackend contract: ${name}`, () => {
    it('returns undefined for a record never written', async () => {
      const backend = await makeBackend();
      expect(await backend.get('note', 'missing')).toBeUndefined();
    });

    it('gives back exactly the bytes that were put', async () => {
      const backend = await makeBackend();
      await backend.put(sealed('note', 'a', 1, 2, 3));
      const got = await backend.get('note', 'a');
      expect(got?.type).toBe('note');
      expect(got?.id).toBe('a');
      expect(Array.from(got!.envelope)).toEqual([1, 2, 3]);
    });

    it('replaces a record wholly on a second put', async () => {
      const backend = await makeBackend();
      await backend.put(sealed('note', 'a', 1, 2, 3));
      await backend.put(sealed('note', 'a', 9));
      expect(Array.from((await backend.get('note', 'a'))!.envelope)).toEqual([9]);
    });

    it('keeps types apart: the same id under two types is two records', async () => {
      const backend = await makeBackend();
      await backend.put(sealed('note', 'x', 1));
      await backend.put(sealed('settings', 'x', 2));
      expect(Array.from((await backend.get('note', 'x'))!.envelope)).toEqual([1]);
      expect((await backend.list('settings')).map((r) => r.id)).toEqual(['x']);
    });

    it('lists only the records of one type', async () => {
      const backend = await makeBackend();
      await backend.put(sealed('note', 'a', 1));
      await backend.put(sealed('note', 'b', 2));
      await backend.put(sealed('other', 'c', 3));
      expect((await backend.list('note')).map((r) => r.id).sort()).toEqual(['a', 'b']);
    });

    it('deletes one record and leaves the rest', async () => {
      const backend = await makeBackend();
      await backend.put(sealed('note', 'a', 1));
      await backend.put(sealed('note', 'b', 2));
      await backend.delete('note', 'a');
      expect(await backend.get('note', 'a')).toBeUndefined();
      expect((await backend.list('note')).map((r) => r.id)).toEqual(['b']);
    });

    it('lists every record of every type', async () => {
      const backend = await makeBackend();
      await backend.put(sealed('note', 'a', 1));
      await backend.put(sealed('other', 'b', 2));
      expect((await backend.listAll()).map((r) => `${r.type}/${r.id}`).sort()).toEqual(['note/a', 'other/b']);
    });

    it('adds many records at once, keeping the others', async () => {
      const backend = await makeBackend();
      await backend.put(sealed('note', 'keep', 1));
      await backend.putAll([sealed('note', 'a', 2), sealed('note', 'keep', 3)], { replace: false });
      expect((await backend.listAll()).map((r) => `${r.id}:${r.envelope[0]}`).sort()).toEqual(['a:2', 'keep:3']);
    });

    it('replaces everything at once', async () => {
      const backend = await makeBackend();
      await backend.put(sealed('note', 'old', 1));
      await backend.put(sealed('other', 'old2', 1));
      await backend.putAll([sealed('note', 'new', 2)], { replace: true });
      expect((await backend.listAll()).map((r) => r.id)).toEqual(['new']);
    });

    it('does not let a caller change stored bytes by mutating what it passed or received', async () => {
      const backend = await makeBackend();
      const record = sealed('note', 'a', 1, 2);
      await backend.put(record);
      record.envelope[0] = 7;
      const got = await backend.get('note', 'a');
      got!.envelope[1] = 7;
      expect(Array.from((await backend.get('note', 'a'))!.envelope)).toEqual([1, 2]);
    });
  });
}
