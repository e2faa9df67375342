// The IndexedDB at-rest storage passes the same contract as every other backend; the vault's keys open the
// same records on every opening, a key change killed midway resumes on the next, and a tab still sealing
// under the old key cannot write once the key has changed.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AtRestBackend, EncryptedStore, generateVaultKey, helpContactRecord, toHex, utf8, type OpenedKeys } from '@ebb/core';
import { recordBackendContract } from '@ebb/core/testing';
import { IdbAtRest, StaleKeyError, openEbbDatabase, type EbbDatabase } from './idb-backend.ts';
import { IdbKeyEntries } from './key-entries.ts';
import { openVaultKeys, rotateKeys } from './vault-keys.ts';

let n = 0;
const freshName = () => `ebb-test-${++n}`;

recordBackendContract('IndexedDB, at rest', async () => new AtRestBackend(new IdbAtRest(await openEbbDatabase(freshName())), await generateVaultKey()));

const storeOn = (db: EbbDatabase, key: CryptoKey, epoch?: () => string | undefined) =>
  new EncryptedStore(new AtRestBackend(new IdbAtRest(db, epoch), key), key);

const contact = (i: number) => ({ name: `Quinn ${i}`, phone: '0123 456', note: 'plaintext-marker', createdAt: i });

function openKey(opened: OpenedKeys): CryptoKey {
  if (opened.state !== 'open') throw new Error('expected the vault to open');
  return opened.key;
}

describe('IndexedDB vault', () => {
  it('opens the same records on every opening, and writes no plaintext', async () => {
    const db = await openEbbDatabase(freshName());
    const first = openKey(await openVaultKeys(db));
    await storeOn(db, first).put(helpContactRecord, 'a', contact(1));
    const second = openKey(await openVaultKeys(db));
    expect((await storeOn(db, second).get(helpContactRecord, 'a'))?.name).toBe('Quinn 1');
    const stored = (await db.getAll('vault')).map((box) => toHex(box)).join('');
    for (const word of ['Quinn', 'plaintext-marker', '0123', 'help-contact']) expect(stored.includes(toHex(utf8(word)))).toBe(false);
  });

  it('keeps no vault key in the database, only sealed values', async () => {
    const db = await openEbbDatabase(freshName());
    openKey(await openVaultKeys(db));
    for (const value of await db.getAll('keys')) expect(value).not.toBeInstanceOf(CryptoKey);
  });

  it('resumes a key change killed after some pages, on the next opening', async () => {
    const db = await openEbbDatabase(freshName());
    const oldKey = openKey(await openVaultKeys(db));
    const store = storeOn(db, oldKey);
    for (let i = 0; i < 700; i++) await store.put(helpContactRecord, `c${i}`, contact(i));
    // The page dies after two pages of re-sealing.
    let pages = 0;
    const writePage = IdbKeyEntries.prototype.writePage;
    IdbKeyEntries.prototype.writePage = function (...args) {
      if (++pages > 2) return Promise.reject(new Error('page closed'));
      return writePage.apply(this, args);
    };
    try {
      await expect(rotateKeys(db, oldKey, { passcode: 'slow river', kind: 'passphrase' }, () => undefined)).rejects.toThrow('page closed');
    } finally {
      IdbKeyEntries.prototype.writePage = writePage;
    }
    const reopened = await openVaultKeys(db);
    if (reopened.state !== 'locked') throw new Error('expected the new lock');
    const { unlockWithPasscode } = await import('@ebb/core');
    const records = await storeOn(db, await unlockWithPasscode(reopened.lock, 'slow river')).list(helpContactRecord);
    expect(records).toHaveLength(700);
    expect(records.every((r) => r.value.note === 'plaintext-marker')).toBe(true);
  }, 30_000);

  it('refuses a write sealed under a key that another tab has rotated away from', async () => {
    const db = await openEbbDatabase(freshName());
    const opened = await openVaultKeys(db);
    if (opened.state !== 'open') throw new Error('expected open');
    const otherTab = storeOn(db, opened.key, () => opened.epoch);
    await otherTab.put(helpContactRecord, 'a', contact(1));
    const rotated = await rotateKeys(db, opened.key, null, () => undefined);
    await expect(otherTab.put(helpContactRecord, 'b', contact(2))).rejects.toBeInstanceOf(StaleKeyError);
    expect(await db.count('vault')).toBe(1);
    expect(await storeOn(db, rotated.key).get(helpContactRecord, 'b')).toBeUndefined();
  });
});
