// A passcode change over a long history, with the browser closed midway: on the next start Ebb finishes
// moving every record to the new key before anything else, the new passcode opens it, and nothing is lost.
import { chromium, expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { readRawRecords, waitForRecord } from './raw-idb.ts';

const RECORDS = 3000;
const PASSPHRASE = 'a long way round the bay';

/**
 * Adds `count` journal entries the way Ebb itself stores them (docs/crypto-format.md), with the vault key
 * unsealed from the device secret: far faster than typing them, and the same bytes.
 */
function seedEntries(page: Page, count: number) {
  return page.evaluate(async (n) => {
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
    const records: Array<{ type: string; id: string; envelope: Uint8Array }> = [];
    for (let i = 0; i < n; i++) {
      const id = `seed-${String(i).padStart(5, '0')}`;
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const plaintext = enc.encode(JSON.stringify({ v: 1, data: { createdAt: i, updatedAt: i, prompt: null, text: `Entry ${i}`, feelings: [], triggers: [] } }));
      const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: enc.encode(JSON.stringify(['ebb-record', 1, 'journal-entry', id])) }, key, plaintext));
      const envelope = new Uint8Array(13 + sealed.length);
      envelope.set([1]);
      envelope.set(iv, 1);
      envelope.set(sealed, 13);
      records.push({ type: 'journal-entry', id, envelope });
    }
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('records', 'readwrite');
      for (const r of records) tx.objectStore('records').put(r);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}

test('a passcode change closed midway finishes on the next start, and every record opens with the new passcode', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'ebb-rotation-'));
  const launch = async () => {
    const context = await chromium.launchPersistentContext(dir, { executablePath: chromiumPath(), args: chromiumArgs, ...(baseURL ? { baseURL } : {}) });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    return { context, page, errors };
  };
  try {
    let { context, page, errors } = await launch();
    await page.goto('/contacts');
    await page.getByLabel('Name').fill('Indigo');
    await page.getByRole('button', { name: 'Add' }).click();
    await waitForRecord(page, 'plan');
    await seedEntries(page, RECORDS);
    const before = await readRawRecords(page);

    await page.goto('/privacy');
    await page.getByRole('button', { name: 'Set a passcode' }).click();
    await page.getByRole('radio', { name: /Passphrase/ }).check();
    await page.getByLabel('New passcode').fill(PASSPHRASE);
    await page.getByLabel('Type it again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Save passcode' }).click();
    // Closed as soon as the first records are sealed again: the rest is still under the old key.
    await expect(page.getByRole('status').filter({ hasText: /Sealing everything again under a new key: \d+ done/ })).toBeVisible({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await context.close();

    ({ context, page, errors } = await launch());
    await page.goto('/journal');
    await expect(page.getByRole('heading', { level: 1, name: 'Ebb is locked' })).toBeVisible({ timeout: 60_000 });
    const after = await readRawRecords(page);
    expect(after).toHaveLength(before.length);
    // Every envelope was sealed again: none is left as it was under the old key.
    const old = new Set(before.map((r) => r.bytes));
    expect(after.filter((r) => old.has(r.bytes))).toEqual([]);
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(page.getByText(`Entry ${RECORDS - 1}`, { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Entry 0', { exact: true })).toBeVisible();
    await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
    await expect(page.getByRole('dialog', { name: 'Help now' }).getByRole('heading', { name: 'Indigo' })).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
