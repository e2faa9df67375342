// Backup and restore through the screens: a backup made on one device restores on another (preview, then
// replace), the plain export is readable and labelled, and a bad file changes nothing.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readRawRecords, waitForRecord } from './raw-idb.ts';
import { setPassphrase } from './passcode.ts';

const PASSPHRASE = 'tide and moon';

async function addPerson(page: Page, name: string) {
  await page.goto('/contacts');
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('status')).toHaveText(`${name} saved.`);
}

test('a backup made on one device restores on another, after a preview', async ({ page, browser }) => {
  await addPerson(page, 'Juniper');
  await setPassphrase(page, PASSPHRASE);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make a backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^ebb-backup-\d{4}-\d{2}-\d{2}\.ebb$/);
  const file = await readFile((await download.path())!, 'utf8');
  expect(file).not.toContain('Juniper');
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved' })).toBeVisible();

  // Another device: a fresh browser profile with its own person.
  const other = await browser.newContext();
  const device = await other.newPage();
  await addPerson(device, 'Device person');
  await device.goto('/privacy');
  await device.getByLabel('Choose a backup file').setInputFiles({ name: 'backup.ebb', mimeType: 'application/json', buffer: Buffer.from(file) });
  await device.getByLabel('Passcode or recovery key').fill('not the passphrase');
  await device.getByRole('button', { name: 'Open backup' }).click();
  await expect(device.getByText('That doesn’t open this backup.', { exact: false })).toBeVisible({ timeout: 10_000 });
  await device.getByLabel('Passcode or recovery key').fill(PASSPHRASE);
  await device.getByRole('button', { name: 'Open backup' }).click();
  await expect(device.getByText('It holds: 1 person.')).toBeVisible({ timeout: 10_000 });
  await device.getByRole('radio', { name: 'Replace everything here with the backup' }).check();
  await device.getByRole('button', { name: 'Restore' }).click();
  await expect(device.getByRole('status').filter({ hasText: 'Restored. This device now holds what the backup holds: 1 person.' })).toBeVisible();
  await device.goto('/contacts');
  await expect(device.getByRole('heading', { name: 'Juniper' })).toBeVisible();
  await expect(device.getByRole('heading', { name: 'Device person' })).toBeHidden();
  await other.close();
});

test('a bad file gets a clear message and changes nothing', async ({ page }) => {
  await addPerson(page, 'Keep me');
  await waitForRecord(page, 'help-contact');
  const before = await readRawRecords(page);
  await page.goto('/privacy');
  for (const [body, message] of [
    ['just some text', 'This file isn’t an Ebb backup. Nothing was changed.'],
    ['{"format":"ebb-backup","version":1,"createdAt":"2026-', 'This backup is damaged or incomplete, so it can’t be used. Nothing was changed.'],
    ['{"format":"ebb-backup","version":7}', 'This backup was made by a newer version of Ebb. Please update Ebb and try again. Nothing was changed.'],
  ] as const) {
    await page.getByLabel('Choose a backup file').setInputFiles({ name: 'x.ebb', mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  }
  expect(await readRawRecords(page)).toEqual(before);
});

test('the readable export is labelled not encrypted and holds the data', async ({ page }) => {
  await addPerson(page, 'Wren, my friend');
  await page.goto('/privacy');
  await expect(page.getByText(/They are NOT encrypted/)).toBeVisible();
  const downloads: string[] = [];
  page.on('download', (download) => {
    void download.path().then(async (path) => {
      downloads.push(await readFile(path, 'utf8'));
    });
  });
  await page.getByRole('button', { name: 'Export readable files' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  expect(downloads.some((t) => t.includes('"encrypted": false') && t.includes('Wren, my friend'))).toBe(true);
  expect(downloads.some((t) => t.startsWith('name,phone,note\r\n"Wren, my friend",,'))).toBe(true);
});

test('the privacy screen passes axe with backups, in light and dark', async ({ page }) => {
  await setPassphrase(page, PASSPHRASE);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
