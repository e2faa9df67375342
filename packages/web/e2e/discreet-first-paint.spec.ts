// Discreet mode from the first pixel: after a reload with a passcode, the title, the icon, the header and the
// lock screen are neutral before Ebb's code has run or the vault has opened; the plain flag is the only thing
// kept outside the vault, goes when discreet mode is turned off, and files saved to downloads say nothing.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import { whenSaved } from './raw-idb.ts';
import { confirmPasscode, setPassphrase } from './passcode.ts';

const PASSPHRASE = 'quiet harbour at night';
const discreetBox = (page: Page) => page.getByRole('checkbox', { name: /Show “Notes” as the name/ });
const flag = (page: Page) => page.evaluate(() => ({ ...localStorage }));

/** What the page shows when the parser first puts the header in: before any module (Ebb's code) runs. */
interface FirstSeen {
  title: string;
  icon: string | null;
  brand: string[];
}

function recordFirstSeen(): void {
  new MutationObserver((_, observer) => {
    const brand = document.querySelector('header .brand');
    if (!brand || brand.children.length < 2) return;
    const shown = [...brand.children].filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.textContent ?? '');
    const seen: FirstSeen = { title: document.title, icon: document.querySelector('link[rel="icon"]')?.getAttribute('href') ?? null, brand: shown };
    (window as unknown as { firstSeen: FirstSeen }).firstSeen = seen;
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

test('after a reload, the title, icon, header and lock screen are neutral before the vault opens', async ({ page }) => {
  await setPassphrase(page, PASSPHRASE);
  await whenSaved(page, 'settings', () => discreetBox(page).check());
  expect(await flag(page)).toEqual({ discreet: '1' });

  // Reload: as the header is first parsed, before Ebb's code runs, everything shown is already neutral.
  await page.addInitScript(recordFirstSeen);
  await page.goto('/');
  const seen = await page.waitForFunction(() => (window as unknown as { firstSeen?: FirstSeen }).firstSeen);
  expect(await seen.jsonValue()).toEqual({ title: 'Notes', icon: '/icons/plain.svg', brand: ['Notes'] });

  // Then the code runs: the lock screen says the neutral name too, and so does the manifest.
  await expect(page.getByRole('heading', { level: 1, name: 'Notes is locked' })).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveTitle('Notes');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Notes, Home', exact: true })).toBeVisible();
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/plain.webmanifest');
  // Nothing shown names Ebb (the header's other name is there, hidden, for when discreet mode is off).
  expect(await page.locator('body').innerText()).not.toContain('Ebb');

  // Unlocked and turned off: the flag goes, and a reload shows Ebb's own name again.
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByRole('link', { name: /^Privacy and security/ }).click();
  await whenSaved(page, 'settings', () => discreetBox(page).uncheck());
  expect(await flag(page)).toEqual({});
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Ebb is locked' })).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveTitle('Locked · Ebb');
});

test('in discreet mode, the backup and the readable files are saved under neutral names', async ({ page }) => {
  await setPassphrase(page, PASSPHRASE);
  await whenSaved(page, 'settings', () => discreetBox(page).check());
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));

  await page.getByRole('button', { name: 'Make a backup' }).click();
  await confirmPasscode(page, 'Make a backup', PASSPHRASE, 'Make a backup');
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Export readable files' }).click();
  await confirmPasscode(page, 'Export readable files', PASSPHRASE, 'Export readable files');
  await expect.poll(() => downloads.length).toBe(3);
  const names = downloads.map((d) => d.suggestedFilename());
  expect(names[0]).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.json$/);
  expect(names.slice(1).sort()).toEqual([
    expect.stringMatching(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/),
    expect.stringMatching(/^notes-\d{4}-\d{2}-\d{2}-copy\.json$/),
  ]);
  for (const name of names) expect(name).not.toMatch(/ebb/i);
  // The neutral backup is still a backup: the restore picker takes it.
  const backup = await readFile((await downloads[0]!.path())!, 'utf8');
  await page.getByLabel('Choose a backup file').setInputFiles({ name: names[0]!, mimeType: 'application/json', buffer: Buffer.from(backup) });
  await expect(page.getByLabel('Passcode or recovery key')).toBeVisible();
});
