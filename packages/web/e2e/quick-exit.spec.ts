// Quick exit leaves Ebb at once for a neutral page, by button or Esc Esc, and Back does not return to Ebb.
import { type Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';

const NEUTRAL = 'https://www.google.com/';

async function fakeNeutralPage(page: Page) {
  // The test machine has no internet: answer the neutral page locally.
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Search</title><p>neutral page</p>' }));
}

test('the Quick exit button leaves for a neutral page and Back does not return to Ebb', async ({ page }) => {
  await fakeNeutralPage(page);
  await page.goto('/');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'Quick exit' }).click();
  await expect(page).toHaveURL(NEUTRAL);
  await expect(page.getByText('neutral page')).toBeVisible();
  await page.goBack().catch(() => undefined);
  expect(page.url()).not.toContain('127.0.0.1');
});

test('Esc in Help now only closes it and never counts towards leaving; Esc Esc then leaves', async ({ page }) => {
  await fakeNeutralPage(page);
  await page.goto('/');
  await page.getByRole('link', { name: 'Help now' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Help now' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Help now' })).toBeHidden();
  await page.waitForTimeout(1000);
  expect(page.url()).not.toBe(NEUTRAL);
  await expect(page.getByRole('heading', { level: 1, name: 'Hello' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(NEUTRAL);
});

test('a single Escape only closes Help now', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Help now' }).first().click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Help now' })).toBeHidden();
  await page.waitForTimeout(1000);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello' })).toBeVisible();
});
