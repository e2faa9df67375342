// The offline cache heals itself: when the browser has dropped precached files (here index.html and the
// journal's code), the next online load puts them back, so a later offline load still opens Ebb, Help now
// and the journal.
import { type Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
test.afterEach(() => expect(pageErrors).toEqual([]));

/** The paths in Workbox's precache, without its revision parameter. */
function precachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const name = (await caches.keys()).find((n) => n.startsWith('workbox-precache'));
    if (!name) return [];
    const keys = await (await caches.open(name)).keys();
    return keys.map((request) => new URL(request.url).pathname);
  });
}

/** Removes from the precache every entry whose path matches, as storage pressure or a partial clear would. */
function dropFromPrecache(page: Page, pattern: string): Promise<number> {
  return page.evaluate(async (source) => {
    const name = (await caches.keys()).find((n) => n.startsWith('workbox-precache'));
    if (!name) return 0;
    const cache = await caches.open(name);
    const doomed = (await cache.keys()).filter((request) => new RegExp(source).test(new URL(request.url).pathname));
    await Promise.all(doomed.map((request) => cache.delete(request)));
    return doomed.length;
  }, pattern);
}

test('a missing index.html and script are put back on the next online load, then work offline', async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const complete = await precachedPaths(page);
  expect(complete).toContain('/index.html');
  const journalCode = complete.find((path) => /^\/assets\/journal-list-[\w-]+\.js$/.test(path));
  expect(journalCode).toBeDefined();

  expect(await dropFromPrecache(page, '^/index\\.html$|^/assets/journal-list-')).toBe(2);
  expect(await precachedPaths(page)).not.toContain('/index.html');

  // One online load: the worker notices and fetches the two files again.
  await page.reload();
  await expect.poll(() => precachedPaths(page).then((paths) => paths.length), { timeout: 15_000 }).toBe(complete.length);
  expect((await precachedPaths(page)).sort()).toEqual([...complete].sort());

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello' })).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
  const dialog = page.getByRole('dialog', { name: 'Help now' });
  await expect(dialog.getByRole('heading', { name: 'In danger right now?' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('link', { name: /^Journal/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
});
