// Delete everything: after confirming, no IndexedDB, cache or service worker of Ebb remains, other tabs
// stop at once, Help now still works, and starting again gives a fresh, empty Ebb.
import { type Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import { waitForRecord } from './raw-idb.ts';

const storageLeft = (page: Page) =>
  page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));

test('delete everything leaves nothing behind, in this tab and the others', async ({ page, context }) => {
  await page.goto('/contacts');
  await page.getByLabel('Name').fill('Indigo');
  await page.getByRole('button', { name: 'Add' }).click();
  await waitForRecord(page, 'plan');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(async () => (await storageLeft(page)).caches.length).toBeGreaterThan(0);

  const other = await context.newPage();
  await other.goto('/contacts');
  await expect(other.getByRole('heading', { name: 'Indigo' })).toBeVisible();

  await page.goto('/privacy');
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await expect(page.getByRole('button', { name: 'Delete everything now' })).toBeDisabled();
  await page.getByRole('checkbox', { name: 'I understand this cannot be undone' }).check();
  await page.getByRole('button', { name: 'Delete everything now' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Everything has been deleted' })).toBeVisible();
  await expect(other.getByRole('heading', { level: 1, name: 'Everything has been deleted' })).toBeVisible();
  const nothing = { databases: [], caches: [], workers: 0 };
  await expect.poll(() => storageLeft(page)).toEqual(nothing);
  // …and nothing comes back by itself.
  await page.waitForTimeout(1000);
  expect(await storageLeft(page)).toEqual(nothing);

  // Help now still works, and starting again gives an empty Ebb.
  await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
  await expect(page.getByRole('dialog', { name: 'Help now' }).getByRole('heading', { name: 'In danger right now?' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Help now' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello' })).toBeVisible();
  await page.goto('/contacts');
  await expect(page.getByText('No one here yet.')).toBeVisible();
});

test('the privacy screen says plainly whether the browser will keep Ebb’s data', async ({ page }) => {
  await page.goto('/privacy');
  const kept = page.getByText('This browser has promised to keep Ebb’s data.');
  const mayClear = page.getByText(/This browser may clear Ebb’s data/);
  await expect(kept.or(mayClear)).toBeVisible();
  if (await mayClear.isVisible()) {
    await page.getByRole('button', { name: 'Ask the browser to keep it' }).click();
    await expect(kept.or(page.getByText(/The browser said no for now/))).toBeVisible();
  }
});
