// After the first visit, every screen and Help now work with no network at all, after a reload.
import { expect, test } from './page-errors.ts';
import { screens } from './routes.ts';
import { sharedPage } from './shared-page.ts';

test.describe('offline after a reload', () => {
  const shared = sharedPage();

  test.beforeAll(async () => {
    const page = shared();
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // The first visit is not yet controlled by the worker; a reload brings it under control.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.context().setOffline(true);
  });

  for (const screen of screens) {
    test(`${screen.path} and Help now work offline after a reload`, async () => {
      const page = shared();
      // A reload first: the address shown afterwards is a neutral one, which may open another screen.
      await page.reload();
      await page.goto(screen.path);
      await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
      await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
      await expect(page.getByRole('dialog', { name: 'Help now' }).getByRole('heading', { name: 'In danger right now?' })).toBeVisible();
    });
  }
});
