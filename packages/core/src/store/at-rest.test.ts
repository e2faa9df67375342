// The at-rest layout: records are named by an HMAC and kept in padded boxes, the backend over it keeps the
// same contract as every other, and what is stored tells neither kind, id nor exact length.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toHex, utf8 } from '../crypto/bytes.ts';
import { EnvelopeError, seal } from '../crypto/envelope.ts';
import { generateVaultKey } from '../crypto/vault-key.ts';
import { helpContactRecord } from '../records/help-contact.ts';
import { AtRestBackend } from './at-rest-backend.ts';
import { atRestKeys } from './at-rest-keys.ts';
import { openAtRest, paddedLength, sealAtRest, storedName } from './at-rest.ts';
import { EncryptedStore } from './encrypted-store.ts';
import type { KeyRing } from './key-ring.ts';
import { moveLegacyRecords, type LegacyMove, type LegacyRecords } from './legacy-layout.ts';
import { MemoryAtRest } from './memory-at-rest.ts';
import { recordBackendContract } from './record-backend-contract.ts';
import type { SealedRecord } from './store.ts';

recordBackendContract('at rest, in memory', async () => new AtRestBackend(new MemoryAtRest(), await generateVaultKey()));

const contact = (i: number) => ({ name: `Wren ${i}`, phone: '', note: 'by the river', createdAt: i });

describe('the at-rest layout', () => {
  it('pads to buckets: 256 bytes, powers of two to 64 KiB, then 64 KiB steps', () => {
    expect([0, 1, 256, 257, 1000, 4096, 4097, 65_536, 65_537, 200_000].map(paddedLength)).toEqual([
      256, 256, 256, 512, 1024, 4096, 8192, 65_536, 131_072, 262_144,
    ]);
  });

  it('gives two records of different length in one bucket boxes of the same size', async () => {
    const keys = await atRestKeys(await generateVaultKey());
    const a = await sealAtRest(keys, { type: 'journal-entry', id: 'a', envelope: new Uint8Array(10) });
    const b = await sealAtRest(keys, { type: 'check-in-month', id: '2026-11', envelope: new Uint8Array(180) });
    expect(a.box.length).toBe(b.box.length);
  });

  it('names a record the same way each time under one key, and differently under another', async () => {
    const [one, two] = await Promise.all([generateVaultKey(), generateVaultKey()]);
    const address = { type: 'settings', id: 'settings' };
    expect(await storedName(await atRestKeys(one), address)).toBe(await storedName(await atRestKeys(one), address));
    expect(await storedName(await atRestKeys(one), address)).not.toBe(await storedName(await atRestKeys(two), address));
    expect(await storedName(await atRestKeys(one), address)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses a box moved to another name, or opened with another key', async () => {
    const keys = await atRestKeys(await generateVaultKey());
    const stored = await sealAtRest(keys, { type: 'settings', id: 'settings', envelope: Uint8Array.of(1, 2, 3) });
    await expect(openAtRest(keys, { ...stored, name: '0'.repeat(32) })).rejects.toBeInstanceOf(EnvelopeError);
    await expect(openAtRest(await atRestKeys(await generateVaultKey()), stored)).rejects.toBeInstanceOf(EnvelopeError);
    expect(await openAtRest(keys, stored)).toEqual({ type: 'settings', id: 'settings', envelope: Uint8Array.of(1, 2, 3) });
  });

  it('stores no kind, id, month or exact length (any records)', async () => {
    const kinds = ['help-contact', 'journal-entry', 'check-in-month', 'plan-version', 'settings'];
    const recordArb = fc.record({
      type: fc.constantFrom(...kinds),
      id: fc.oneof(
        fc.uuid(),
        fc.constantFrom('2026-11', '2025-01', 'settings', 'plan'),
        fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }).map(String),
      ),
      length: fc.integer({ min: 0, max: 3000 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(recordArb, { minLength: 1, maxLength: 12, selector: (r) => `${r.type}/${r.id}` }), async (records) => {
        const storage = new MemoryAtRest();
        const backend = new AtRestBackend(storage, await generateVaultKey());
        await backend.putAll(
          records.map((r) => ({ type: r.type, id: r.id, envelope: new Uint8Array(r.length).fill(0x61) })),
          { replace: false },
        );
        const stored = await storage.all();
        const text = stored.map((s) => `${s.name}:${toHex(s.box)}`).join('\n');
        for (const r of records) {
          for (const word of [r.type, r.id]) {
            expect(text.includes(toHex(utf8(word)))).toBe(false);
            expect(stored.some((s) => s.name.includes(word))).toBe(false);
          }
        }
        // Every box is a bucket's size plus the box's 29 bytes: the exact length is not there to read.
        for (const s of stored) expect(paddedLength(s.box.length - 29)).toBe(s.box.length - 29);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the at-rest backend', () => {
  it('lists a kind among many, through a store', async () => {
    const key = await generateVaultKey();
    const storage = new MemoryAtRest();
    const store = new EncryptedStore(new AtRestBackend(storage, key), key);
    for (let i = 0; i < 5; i++) await store.put(helpContactRecord, `c${i}`, contact(i));
    const backend = new AtRestBackend(storage, key);
    await backend.put({ type: 'journal-entry', id: 'j1', envelope: await seal(key, { type: 'journal-entry', id: 'j1' }, utf8('{}')) });
    expect((await store.list(helpContactRecord)).map((r) => r.id).sort()).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    // A second listing, once the kinds are known, gives the same.
    expect((await store.list(helpContactRecord)).length).toBe(5);
    expect((await backend.list('journal-entry')).map((r) => r.id)).toEqual(['j1']);
  });

  it('sees records another tab wrote after it first listed', async () => {
    const key = await generateVaultKey();
    const storage = new MemoryAtRest();
    const here = new EncryptedStore(new AtRestBackend(storage, key), key);
    const there = new EncryptedStore(new AtRestBackend(storage, key), key);
    await here.put(helpContactRecord, 'a', contact(1));
    expect(await here.list(helpContactRecord)).toHaveLength(1);
    await there.put(helpContactRecord, 'b', contact(2));
    await there.delete(helpContactRecord, 'a');
    expect((await here.list(helpContactRecord)).map((r) => r.id)).toEqual(['b']);
  });

  it('during a rotation, reads under both keys and a write or delete leaves nothing under the old', async () => {
    const [oldKey, newKey] = await Promise.all([generateVaultKey(), generateVaultKey()]);
    const storage = new MemoryAtRest();
    const ring: KeyRing = { current: oldKey };
    const store = new EncryptedStore(new AtRestBackend(storage, ring), ring);
    for (let i = 0; i < 3; i++) await store.put(helpContactRecord, `c${i}`, contact(i));
    ring.previous = oldKey;
    ring.current = newKey;
    await store.put(helpContactRecord, 'c0', { ...contact(0), note: 'changed' });
    await store.delete(helpContactRecord, 'c1');
    expect(await storage.names()).toHaveLength(2);
    expect((await store.list(helpContactRecord)).map((r) => `${r.id}:${r.value.note}`).sort()).toEqual(['c0:changed', 'c2:by the river']);
    expect((await store.get(helpContactRecord, 'c2'))?.name).toBe('Wren 2');
  });
});

class MemoryLegacy extends MemoryAtRest implements LegacyRecords {
  legacy = new Map<string, SealedRecord>();
  async readLegacyPage(limit: number) {
    return [...this.legacy.values()].slice(0, limit);
  }
  async moveLegacyPage(moves: readonly LegacyMove[]) {
    for (const { from, to } of moves) {
      this.legacy.delete(JSON.stringify([from.type, from.id]));
      if (!(await this.get(to.name))) await this.write([to], [], { replace: false });
    }
  }
}

describe('moving from the layout before at-rest names', () => {
  it('moves every old entry under the key that sealed it, keeps a newer record, and is resumable', async () => {
    const [oldKey, newKey] = await Promise.all([generateVaultKey(), generateVaultKey()]);
    const target = new MemoryLegacy();
    const old = async (key: CryptoKey, id: string, note: string) => {
      const envelope = await seal(key, { type: 'help-contact', id }, utf8(JSON.stringify({ v: 1, data: { ...contact(1), note } })));
      target.legacy.set(JSON.stringify(['help-contact', id]), { type: 'help-contact', id, envelope });
    };
    for (let i = 0; i < 7; i++) await old(oldKey, `o${i}`, 'old key');
    await old(newKey, 'n', 'new key');
    await old(oldKey, 'kept', 'stale');
    await new EncryptedStore(new AtRestBackend(target, oldKey), oldKey).put(helpContactRecord, 'kept', { ...contact(1), note: 'newer' });
    expect(await moveLegacyRecords(target, [oldKey, newKey], 3)).toBe(9);
    expect(target.legacy.size).toBe(0);
    const ring: KeyRing = { current: newKey, previous: oldKey };
    const notes = (await new EncryptedStore(new AtRestBackend(target, ring), ring).list(helpContactRecord)).map((r) => `${r.id}:${r.value.note}`).sort();
    expect(notes).toEqual(['kept:newer', 'n:new key', ...Array.from({ length: 7 }, (_, i) => `o${i}:old key`)]);
    expect(await moveLegacyRecords(target, [oldKey])).toBe(0);
  });
});
