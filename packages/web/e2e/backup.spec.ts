// Backup and restore through the screens: a backup made on one device restores on another (preview, then
// replace), the plain export is readable and labelled, and a bad file changes nothing.
import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import AxeBuilder from '@axe-core/playwright';
import {
  EncryptedStore,
  MemoryBackend,
  checkInMonthRecord,
  createBackup,
  createVaultLock,
  emptyCheckIn,
  generateVaultKey,
  journalRecord,
  JOURNAL_LIMITS,
} from '@ebb/core';
import { readRawRecords, waitForRecord } from './raw-idb.ts';
import { confirmPasscode, setPassphrase } from './passcode.ts';
import { expectAccessible } from './axe.ts';

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
  await confirmPasscode(page, 'Make a backup', PASSPHRASE, 'Make a backup');
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
  // People are in the plan now (one list of people), so the backup holds the plan.
  await expect(device.getByText('It holds: your plan.')).toBeVisible({ timeout: 10_000 });
  await device.getByRole('radio', { name: 'Replace everything here with the backup' }).check();
  await device.getByRole('button', { name: 'Restore' }).click();
  await expect(device.getByRole('status').filter({ hasText: 'Restored. This device now holds what the backup holds: your plan' })).toBeVisible();
  await device.goto('/contacts');
  await expect(device.getByRole('heading', { name: 'Juniper' })).toBeVisible();
  await expect(device.getByRole('heading', { name: 'Device person' })).toBeHidden();
  await other.close();
});

test('a bad file gets a clear message and changes nothing', async ({ page }) => {
  await addPerson(page, 'Keep me');
  await waitForRecord(page, 'plan');
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
  expect(downloads.some((t) => t.startsWith('name,phone,note,message\r\n"Wren, my friend",,,'))).toBe(true);
});

test('the privacy screen passes axe with backups, in light and dark', async ({ page }) => {
  await setPassphrase(page, PASSPHRASE);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

/** A backup made on another device with `entries` long journal entries and 12 days of check-ins in October 2026. */
async function largeBackup(entries: number): Promise<string> {
  const key = await generateVaultKey();
  const { lock } = await createVaultLock(key, PASSPHRASE, 'passphrase');
  const backend = new MemoryBackend();
  const store = new EncryptedStore(backend, key);
  const words = ['today', 'walked', 'rain', 'called', 'tea', 'tired', 'better', 'music', 'slept', 'wrote'];
  for (let n = 0; n < entries; n++) {
    let text = `Entry ${n}:`;
    for (let i = 0; text.length < JOURNAL_LIMITS.text - 12; i++) text += ` ${words[(n * 7 + i * 3) % words.length]}`;
    await store.put(journalRecord, `entry-${n}`, {
      createdAt: Date.UTC(2026, 9, 1) + n * 60_000,
      updatedAt: Date.UTC(2026, 9, 1) + n * 60_000,
      prompt: null,
      text,
      feelings: [],
      triggers: [],
    });
  }
  const days = Array.from({ length: 12 }, (_, i) => ({ ...emptyCheckIn(`2026-10-${String(i + 1).padStart(2, '0')}`, Date.UTC(2026, 9, i + 1)), urge: 1 }));
  await store.put(checkInMonthRecord, '2026-10', { days });
  return createBackup(await backend.listAll(), key, lock, new Date());
}

test('a 10 MB backup restores through the screen, with progress, and merges into a month this device already has', async ({ page }) => {
  test.setTimeout(180_000);
  const ENTRIES = 290;
  const file = await largeBackup(ENTRIES);
  expect(file.length).toBeGreaterThan(10_000_000);
  await page.clock.setFixedTime(new Date('2026-11-22T18:00:00'));
  await addPerson(page, 'Device person');
  // This device already has October: a check-in on a day the backup also has (made later here), and one it has not.
  for (const day of ['2026-10-05', '2026-10-20']) {
    await page.goto(`/check-in/${day}`);
    await page.getByRole('group', { name: 'Did you self-harm today?' }).getByRole('button', { name: 'No' }).click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  }
  await page.goto('/privacy');
  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'large.ebb', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByLabel('Passcode or recovery key').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Open backup' }).click();
  await expect(page.getByText(`It holds: your check-ins, journal entries (${ENTRIES}).`)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('radio', { name: /^Add to what is here/ })).toBeChecked();
  await expectAccessible(page, 'restore choices', 1280);

  // Every state the progress bar passes through, by its accessible name (it may be quick on a fast machine).
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('progress');
      if (bar && bar.labels[0]?.textContent === 'Restoring') seen.push(bar.value / bar.max);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.getByRole('button', { name: 'Restore' }).click();
  // Before, a merge skipped a month this device already had: "Restored. 0 items were written".
  await expect(page.getByRole('status').filter({ hasText: 'Restored. Added 11 days of check-ins and 290 journal entries.' })).toBeVisible({ timeout: 90_000 });
  const progress = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
  expect(progress.length).toBeGreaterThan(1);
  expect(progress.every((p, i) => i === 0 || p >= (progress[i - 1] ?? 0))).toBe(true);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expectAccessible(page, 'restored', 1280);

  const records = await readRawRecords(page);
  expect(records.filter((r) => r.type === 'journal-entry')).toHaveLength(ENTRIES);
  expect(records.filter((r) => r.type === 'checkin-month').map((r) => r.id)).toEqual(['2026-10']);
  for (const [day, answer] of [
    ['2026-10-03', null],
    ['2026-10-05', 'No'],
    ['2026-10-20', 'No'],
  ] as const) {
    await page.goto(`/check-in/${day}`);
    const acted = page.getByRole('group', { name: 'Did you self-harm today?' });
    if (answer) await expect(acted.getByRole('button', { name: answer })).toHaveAttribute('aria-pressed', 'true');
    else
      await expect(page.getByRole('group', { name: 'Urge to self-harm today' }).getByRole('button', { name: '1', exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
  }
  await page.goto('/journal');
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('Entry 289:');
  await expect(page.getByText(/^Entry 289: /)).toBeVisible();
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { name: 'Device person' })).toBeVisible();
});
