// Reads Ebb's IndexedDB as stored bytes, the way someone with the device's files would see it.
import { expect, type Page } from '@playwright/test';
import {
  atRestKeys,
  importDeviceKey,
  openAtRest,
  openLockUnderDevice,
  sealAtRest,
  unlockWithPasscode,
  unwrapKeyUnderDevice,
  type SealedRecord,
} from '@ebb/core';

export interface RawRecord {
  /** The stored name (an HMAC: tells nothing). */
  name: string;
  /** The stored box, decoded as Latin-1 so every byte maps to a character: exactly what is at rest. */
  bytes: string;
  /**
   * Known only when the vault key can be had: kept under the device secret alone (no passcode), or with the
   * passcode given. Then the box is opened as docs/crypto-format.md describes.
   */
  type?: string;
  id?: string;
  /** The record's envelope inside the box (Latin-1). */
  envelope?: string;
}

interface RawDatabase {
  names: string[];
  boxes: string[];
  final?: { kind: 'vault' | 'lock'; iv: string; sealed: string } | undefined;
  /** The device secret's two slots: from the database where the browser has no private file system, else the file. */
  slots?: string | undefined;
}

const fromLatin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const toLatin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

function readDatabase(page: Page): Promise<RawDatabase> {
  return page.evaluate(async () => {
    const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = await request(indexedDB.open('ebb'));
    try {
      if (!db.objectStoreNames.contains('vault')) return { names: [], boxes: [] };
      const tx = db.transaction(['vault', 'keys']);
      const [names, boxes, final, fallback] = await Promise.all([
        request(tx.objectStore('vault').getAllKeys()) as Promise<string[]>,
        request(tx.objectStore('vault').getAll()) as Promise<Uint8Array[]>,
        request(tx.objectStore('keys').get('vault-keys')) as Promise<{ kind: 'vault' | 'lock'; value: { iv: Uint8Array; sealed: Uint8Array } } | undefined>,
        request(tx.objectStore('keys').get('device-secret')) as Promise<Uint8Array | undefined>,
      ]);
      let slots = fallback;
      if (!slots) {
        try {
          const file = await (await navigator.storage.getDirectory()).getFileHandle('ebb-device-secret');
          slots = new Uint8Array(await (await file.getFile()).arrayBuffer());
        } catch {
          slots = undefined;
        }
      }
      return {
        names,
        boxes: boxes.map(latin1),
        final: final && { kind: final.kind, iv: latin1(final.value.iv), sealed: latin1(final.value.sealed) },
        slots: slots && latin1(slots),
      };
    } finally {
      db.close();
    }
  });
}

/** The vault key, where it can be had: under the device secret alone, or in the lock with `passcode`. */
async function vaultKey(raw: RawDatabase, passcode?: string): Promise<CryptoKey | undefined> {
  if (!raw.final || !raw.slots) return undefined;
  const sealed = { iv: fromLatin1(raw.final.iv), sealed: fromLatin1(raw.final.sealed) };
  const slots = fromLatin1(raw.slots);
  for (const slot of [slots.slice(0, 32), slots.slice(32, 64)]) {
    if (slot.length !== 32 || slot.every((b) => b === 0)) continue;
    const device = await importDeviceKey(slot);
    try {
      if (raw.final.kind === 'vault') return await unwrapKeyUnderDevice(device, sealed, 'vault-key');
      if (passcode !== undefined) return await unlockWithPasscode(await openLockUnderDevice(device, sealed), passcode);
    } catch {
      // The other slot, during a key change.
    }
  }
  return undefined;
}

/** Reads every stored record, and opens the boxes where the vault key can be had (see RawRecord). */
export async function readRawRecords(page: Page, passcode?: string): Promise<RawRecord[]> {
  const raw = await readDatabase(page);
  const key = await vaultKey(raw, passcode);
  const keys = key && (await atRestKeys(key));
  return Promise.all(
    raw.names.map(async (name, i) => {
      const bytes = raw.boxes[i] ?? '';
      if (!keys) return { name, bytes };
      try {
        const record = await openAtRest(keys, { name, box: fromLatin1(bytes) });
        return { name, bytes, type: record.type, id: record.id, envelope: toLatin1(record.envelope) };
      } catch {
        return { name, bytes };
      }
    }),
  );
}

/**
 * Writes records straight into the database as Ebb itself would (sealed by the caller with the vault key,
 * boxed here): far faster than typing them. Only while Ebb has no passcode.
 */
export async function writeRawRecords(page: Page, seal: (key: CryptoKey) => Promise<SealedRecord[]>): Promise<void> {
  // A first visit creates the vault a moment after the first screen shows; screens are busy until it is open.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const key = await vaultKey(await readDatabase(page));
  if (!key) throw new Error('The vault key is not kept under the device secret alone');
  const keys = await atRestKeys(key);
  const stored = await Promise.all((await seal(key)).map((r) => sealAtRest(keys, r)));
  await page.evaluate(
    async (records) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('ebb');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('vault', 'readwrite');
        for (const r of records)
          tx.objectStore('vault').put(
            Uint8Array.from(r.box, (c) => c.charCodeAt(0)),
            r.name,
          );
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    stored.map((r) => ({ name: r.name, box: toLatin1(r.box) })),
  );
}

/** Records that may be of this type: of it, or (with a passcode, when no kind can be read) any. */
const mayBe = (type: string) => (r: RawRecord) => r.type === undefined || r.type === type;

/** Waits until a record of this type has reached the store (saving is asynchronous). */
export async function waitForRecord(page: Page, type: string, count = 1): Promise<void> {
  await expect.poll(async () => (await readRawRecords(page)).filter(mayBe(type)).length).toBeGreaterThanOrEqual(count);
}

/**
 * Does `action` and waits until it has reached the store: a record of this type was written again (each
 * write seals with a fresh nonce, so its bytes always change). For changes that show at once and save after,
 * before a reload or a check of what was kept. With a passcode, any record written again counts.
 */
export async function whenSaved(page: Page, type: string, action: () => Promise<unknown>): Promise<void> {
  const stored = async () =>
    (await readRawRecords(page))
      .filter(mayBe(type))
      .map((r) => r.bytes)
      .sort()
      .join('\n');
  const before = await stored();
  await action();
  await expect.poll(stored).not.toBe(before);
}

/** Everything in the `keys` store as text (bytes as Latin-1; a CryptoKey as its description only). */
export function readRawKeys(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('ebb');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('keys').objectStore('keys').getAll();
          all.onsuccess = () =>
            resolve(
              JSON.stringify(all.result, (_key, value: unknown) =>
                value instanceof CryptoKey
                  ? `CryptoKey(${value.algorithm.name})`
                  : value instanceof Uint8Array
                    ? Array.from(value, (b) => String.fromCharCode(b)).join('')
                    : value,
              ),
            );
        };
      }),
  );
}
