// The IndexedDB backend passes the same contract as every other backend, and the store on it encrypts.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { helpContactRecord, toHex, utf8 } from '@ebb/core';
import { recordBackendContract } from '@ebb/core/testing';
import { IdbBackend, IdbKeyVault, openEbbDatabase } from './idb-backend.ts';
import { openStore } from './open-store.ts';

let n = 0;
const freshName = () => `ebb-test-${++n}`;

recordBackendContract('IndexedDB', async () => new IdbBackend(await openEbbDatabase(freshName())));

describe('IndexedDB store', () => {
  it('keeps one vault key across openings, so records written earlier still open', async () => {
    const name = freshName();
    const first = await openStore(name);
    await first.put(helpContactRecord, 'a', { name: 'Jo', phone: '', note: '', createdAt: 1 });
    const second = await openStore(name);
    expect((await second.get(helpContactRecord, 'a'))?.name).toBe('Jo');
  });

  it('settles on one key when two tabs open a new database at the same moment', async () => {
    const name = freshName();
    const [a, b] = await Promise.all([openEbbDatabase(name), openEbbDatabase(name)]);
    const [keyA, keyB] = await Promise.all([
      new IdbKeyVault(a).saveIfAbsent(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt'])),
      new IdbKeyVault(b).saveIfAbsent(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt'])),
    ]);
    const stored = await new IdbKeyVault(a).load();
    const raw = async (k: CryptoKey) => toHex(new Uint8Array(await crypto.subtle.exportKey('raw', k)));
    expect(await raw(keyA)).toBe(await raw(stored!));
    expect(await raw(keyB)).toBe(await raw(stored!));
  });

  it('writes no plaintext into IndexedDB', async () => {
    const name = freshName();
    const store = await openStore(name);
    await store.put(helpContactRecord, 'a', { name: 'Quinn', phone: '0123 456', note: 'plaintext-marker', createdAt: 1 });
    const rows = await new IdbBackend(await openEbbDatabase(name)).list('help-contact');
    expect(rows).toHaveLength(1);
    const stored = toHex(rows[0]!.envelope);
    for (const word of ['Quinn', 'plaintext-marker', '0123']) expect(stored.includes(toHex(utf8(word)))).toBe(false);
  });
});
