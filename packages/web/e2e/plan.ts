// Builds a small plan through the screens, as a person would, for tests that need one. Ends on the plan's
// overview, with the build's sitting finished.
import { expect, type Page } from '@playwright/test';
import { waitForRecord } from './raw-idb.ts';

/** Adding shows at once; this waits until it is also saved (before the next page load). */
const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'Added to your plan.' })).toBeVisible();

export async function buildSmallPlan(page: Page): Promise<void> {
  await page.goto('/plan/part/warning-signs');
  await page.getByRole('button', { name: 'Add: Pulling away from people' }).click();
  await saved(page);

  await page.getByRole('link', { name: 'Next' }).click();
  await page.getByRole('button', { name: /^Add: Put on a song I love/ }).click();
  await saved(page);

  await page.goto('/plan/part/people-to-ask');
  await page.getByLabel('Name').fill('Sam');
  await page.getByLabel('Phone number (optional)').fill('07700 900123');
  await page.getByRole('button', { name: /^Use: I’m not okay/ }).click();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Sam' })).toBeVisible();
  await saved(page);

  await page.getByRole('link', { name: 'Next' }).click();
  await page.getByLabel('Name').fill('Dr Lee');
  await page.getByLabel('Phone number (optional)').fill('020 7946 0000');
  await page.getByLabel('Out-of-hours number (optional)').fill('020 7946 0999');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Dr Lee' })).toBeVisible();
  await saved(page);

  await page.goto('/plan/part/reasons');
  await page.getByLabel('In your words').fill('My little brother');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await saved(page);

  await page.goto('/plan/part/first-step');
  await page.getByRole('button', { name: 'Use: Hold something cold, then call someone' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await page.getByRole('link', { name: 'Next' }).click();
  await page.getByRole('radio', { name: '8' }).check();
  await page.getByRole('link', { name: 'Finish' }).click();
  await expect(page.getByRole('link', { name: 'Use my plan now' })).toBeVisible();
  await waitForRecord(page, 'plan');
}
