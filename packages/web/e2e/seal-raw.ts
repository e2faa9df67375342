// Writes records straight into the browser's database the way Ebb itself stores them (docs/crypto-format.md),
// with the vault key unsealed from the device secret (no passcode set): far faster than typing them, the same
// bytes, and the only way to put records of an older Ebb version on a device.
import type { Page } from '@playwright/test';

export interface RawRecord {
  type: string;
  id: string;
  /** What is sealed: the record's version and data, as that version wrote it. */
  stored: { v: number; data: unknown };
}

export function putSealedRecords(page: Page, records: readonly RawRecord[]): Promise<void> {
  return page.evaluate(async (toSeal) => {
    const enc = new TextEncoder();
    const root = await navigator.storage.getDirectory();
    const secret = new Uint8Array(await (await (await root.getFileHandle('ebb-device-secret')).getFile()).arrayBuffer()).slice(0, 32);
    const device = await crypto.subtle.importKey('raw', secret, 'AES-GCM', false, ['unwrapKey']);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('ebb');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const stored = await new Promise<{ kind: string; value: { iv: Uint8Array<ArrayBuffer>; sealed: Uint8Array<ArrayBuffer> } }>((resolve) => {
      const get = db.transaction('keys').objectStore('keys').get('vault-keys');
      get.onsuccess = () => resolve(get.result);
    });
    const key = await crypto.subtle.unwrapKey('raw', stored.value.sealed, device, { name: 'AES-GCM', iv: stored.value.iv, additionalData: enc.encode('ebb-device:v1:vault-key') }, 'AES-GCM', false, ['encrypt']);
    const sealedRecords: Array<{ type: string; id: string; envelope: Uint8Array }> = [];
    for (const { type, id, stored: value } of toSeal) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: enc.encode(JSON.stringify(['ebb-record', 1, type, id])) }, key, enc.encode(JSON.stringify(value))));
      const envelope = new Uint8Array(13 + sealed.length);
      envelope.set([1]);
      envelope.set(iv, 1);
      envelope.set(sealed, 13);
      sealedRecords.push({ type, id, envelope });
    }
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('records', 'readwrite');
      for (const r of sealedRecords) tx.objectStore('records').put(r);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}
