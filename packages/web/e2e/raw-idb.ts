// Reads Ebb's IndexedDB as stored bytes, the way someone with the device's files would see it.
import { expect, type Page } from '@playwright/test';

export interface RawRecord {
  type: string;
  id: string;
  /** The stored envelope, decoded as Latin-1 so every byte maps to a character. */
  bytes: string;
}

export function readRawRecords(page: Page): Promise<RawRecord[]> {
  return page.evaluate(
    () =>
      new Promise<RawRecord[]>((resolve, reject) => {
        const open = indexedDB.open('ebb');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('records')) return resolve([]);
          const all = db.transaction('records').objectStore('records').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () =>
            resolve(
              (all.result as Array<{ type: string; id: string; envelope: Uint8Array }>).map((r) => ({
                type: r.type,
                id: r.id,
                bytes: Array.from(r.envelope, (b) => String.fromCharCode(b)).join(''),
              })),
            );
        };
      }),
  );
}

/** Waits until a record of this type has reached the store (saving is asynchronous). */
export async function waitForRecord(page: Page, type: string, count = 1): Promise<void> {
  await expect.poll(async () => (await readRawRecords(page)).filter((r) => r.type === type).length).toBeGreaterThanOrEqual(count);
}

/**
 * Does `action` and waits until it has reached the store: a record of this type was written again (each
 * write seals with a fresh nonce, so its bytes always change). For changes that show at once and save after,
 * before a reload or a check of what was kept.
 */
export async function whenSaved(page: Page, type: string, action: () => Promise<unknown>): Promise<void> {
  const stored = async () => (await readRawRecords(page)).filter((r) => r.type === type).map((r) => r.bytes).join('\n');
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
                value instanceof CryptoKey ? `CryptoKey(${value.algorithm.name})` : value instanceof Uint8Array ? Array.from(value, (b) => String.fromCharCode(b)).join('') : value,
              ),
            );
        };
      }),
  );
}
