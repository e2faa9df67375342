// Theme and text size apply at once and are remembered.
import { expect, test } from './page-errors.ts';
import { waitForRecord } from './raw-idb.ts';

test.use({ colorScheme: 'light' });

test('dark theme and larger text apply at once and survive a reload', async ({ page }) => {
  await page.goto('/settings');
  const bodyColour = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bodyColour();
  const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const standard = await fontSize();

  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(bodyColour).not.toBe(light);
  await page.getByRole('radio', { name: 'Larger' }).check();
  await expect.poll(fontSize).toBeGreaterThan(standard * 1.2);
  await expect(page.getByRole('group', { name: 'Text size' }).getByRole('status')).toHaveText('Saved.');
  await waitForRecord(page, 'settings');

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect.poll(bodyColour).not.toBe(light);
  await expect.poll(fontSize).toBeGreaterThan(standard * 1.2);

  await page.getByRole('radio', { name: 'Match my device' }).check();
  await expect.poll(bodyColour).toBe(light);
});
