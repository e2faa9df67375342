// A first visit whose connection drops right after the first load, before the service worker has kept the
// screens' code: a screen that cannot load says so kindly, with Help now and Try again, never a blank screen
// or "Just a moment…" for ever; Ride it out likewise once its first question is answered.
import type { Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';

/** Loads Home while online, then lets no more of Ebb's code arrive. Returns how to come back online. */
async function dropConnectionAfterFirstLoad(page: Page): Promise<() => Promise<void>> {
  // The service worker never arrives either: its cache is what this visit never got.
  await page.route('**/sw.js', (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const chunks = '**/assets/*.js';
  await page.route(chunks, (route) => route.abort('internetdisconnected'));
  return () => page.unroute(chunks);
}

test('a screen whose code did not arrive says so, with Help now and Try again', async ({ page }) => {
  const reconnect = await dropConnectionAfterFirstLoad(page);
  await page.getByRole('link', { name: /^Settings/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'This part didn’t load' })).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Help now still works.');
  await expect(page.getByRole('link', { name: 'Back to Home', exact: true })).toBeVisible();

  await page.getByRole('main').getByRole('button', { name: 'Help now' }).click();
  const help = page.getByRole('dialog', { name: 'Help now' });
  await expect(help.getByRole('heading', { name: 'In danger right now?' })).toBeVisible();
  await help.getByRole('button', { name: 'Close' }).click();

  // Still offline: trying again says so again, and nothing is thrown.
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();

  await reconnect();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('Ride it out says so in place of “Just a moment…” when the rest of it did not arrive', async ({ page }) => {
  const reconnect = await dropConnectionAfterFirstLoad(page);
  await page.getByRole('link', { name: /^Ride it out/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ride it out' })).toBeVisible();
  await page.getByRole('button', { name: '6', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('This part of Ebb didn’t load');
  await expect(page.getByText('Just a moment…')).toBeHidden();
  await expect(page.getByRole('button', { name: 'I’ve already hurt myself' })).toBeVisible();

  await reconnect();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert')).toBeHidden();
  await expect(page.getByText('Just a moment…')).toBeHidden();
});
