// The encrypted Store: typed records in, only ciphertext in the backend, the same records out.
import { describe, expect, it } from 'vitest';
import { generateVaultKey } from '../crypto/vault-key.ts';
import { EnvelopeError } from '../crypto/envelope.ts';
import { RecordError } from '../records/define-record.ts';
import { helpContactRecord } from '../records/help-contact.ts';
import { defaultSettings, settingsRecord } from '../records/settings.ts';
import { EncryptedStore } from './encrypted-store.ts';
import { MemoryBackend } from './memory-backend.ts';
import { recordBackendContract } from './record-backend-contract.ts';
import { toHex, utf8 } from '../crypto/bytes.ts';
import { seal } from '../crypto/envelope.ts';

recordBackendContract('memory', async () => new MemoryBackend());

const contact = { name: 'Robin', phone: '07700 900123', note: 'walks with me', createdAt: 1 };

const containsText = (bytes: Uint8Array, text: string) => toHex(bytes).includes(toHex(utf8(text)));

describe('EncryptedStore', () => {
  it('gives back what was put, and nothing for what was not', async () => {
    const store = new EncryptedStore(new MemoryBackend(), await generateVaultKey());
    await store.put(helpContactRecord, 'c1', contact);
    expect(await store.get(helpContactRecord, 'c1')).toEqual(contact);
    expect(await store.get(helpContactRecord, 'c2')).toBeUndefined();
  });

  it('stores only ciphertext: the backend never holds the words typed', async () => {
    const backend = new MemoryBackend();
    const store = new EncryptedStore(backend, await generateVaultKey());
    await store.put(helpContactRecord, 'c1', contact);
    await store.put(settingsRecord, 'settings', { ...defaultSettings, country: 'GB', theme: 'dark', textSize: 'large' });
    for (const type of ['help-contact', 'settings']) {
      for (const r of await backend.list(type)) {
        for (const word of ['Robin', 'walks with me', '07700', 'GB', 'dark', 'large']) expect(containsText(r.envelope, word)).toBe(false);
      }
    }
  });

  it('lists, updates and deletes', async () => {
    const store = new EncryptedStore(new MemoryBackend(), await generateVaultKey());
    await store.put(helpContactRecord, 'a', contact);
    await store.put(helpContactRecord, 'b', { ...contact, name: 'Ash' });
    await store.put(helpContactRecord, 'a', { ...contact, name: 'Robin R' });
    await store.delete(helpContactRecord, 'b');
    expect(await store.list(helpContactRecord)).toEqual([{ id: 'a', value: { ...contact, name: 'Robin R' } }]);
  });

  it('cannot read records with another key', async () => {
    const backend = new MemoryBackend();
    await new EncryptedStore(backend, await generateVaultKey()).put(helpContactRecord, 'a', contact);
    const other = new EncryptedStore(backend, await generateVaultKey());
    await expect(other.get(helpContactRecord, 'a')).rejects.toBeInstanceOf(EnvelopeError);
  });

  it('detects a record moved to another id', async () => {
    const backend = new MemoryBackend();
    const store = new EncryptedStore(backend, await generateVaultKey());
    await store.put(helpContactRecord, 'a', contact);
    const moved = (await backend.get('help-contact', 'a'))!;
    await backend.put({ ...moved, id: 'b' });
    await expect(store.get(helpContactRecord, 'b')).rejects.toBeInstanceOf(EnvelopeError);
  });

  it('refuses a record written by a newer Ebb instead of guessing', async () => {
    const backend = new MemoryBackend();
    const key = await generateVaultKey();
    const future = utf8(JSON.stringify({ v: 99, data: { country: 'GB' } }));
    await backend.put({ type: 'settings', id: 'settings', envelope: await seal(key, { type: 'settings', id: 'settings' }, future) });
    const error = await new EncryptedStore(backend, key).get(settingsRecord, 'settings').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordError);
    expect((error as RecordError).code).toBe('future-version');
  });

  it('refuses to store an invalid record, leaving the old one in place', async () => {
    const store = new EncryptedStore(new MemoryBackend(), await generateVaultKey());
    await store.put(helpContactRecord, 'a', contact);
    await expect(store.put(helpContactRecord, 'a', { ...contact, name: '' })).rejects.toBeInstanceOf(RecordError);
    expect(await store.get(helpContactRecord, 'a')).toEqual(contact);
  });
});
