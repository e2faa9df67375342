// Discreet mode gives Ebb a neutral name and tab icon; the backup reminder appears only when asked for and due.
import { expect, test } from './page-errors.ts';
import { whenSaved } from './raw-idb.ts';
import { confirmPasscode, setPassphrase } from './passcode.ts';

test('discreet mode shows a neutral name and a plain icon, and is remembered', async ({ page }) => {
  await page.goto('/privacy');
  await whenSaved(page, 'settings', () => page.getByRole('checkbox', { name: /Show “Notes” as the name/ }).check());
  await expect(page.getByRole('banner').getByRole('link', { name: 'Notes, Home', exact: true })).toBeVisible();
  await expect(page).toHaveTitle('Notes');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/icons/plain.svg');
  await page.goto('/');
  await expect(page).toHaveTitle('Notes');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Notes, Home', exact: true })).toBeVisible();
  await page.goto('/privacy');
  await page.getByRole('checkbox', { name: /Show “Notes” as the name/ }).uncheck();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Ebb, Home', exact: true })).toBeVisible();
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
});

test('the backup reminder shows only when chosen and due, and goes once a backup is made', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(/A backup keeps everything safe/)).toBeHidden();
  await setPassphrase(page, 'seven seas seven');
  await whenSaved(page, 'settings', () => page.getByLabel('Remind me to make a backup').selectOption({ label: 'Every week' }));

  await page.getByRole('link', { name: 'Ebb, Home', exact: true }).click();
  await expect(page.getByText(/A backup keeps everything safe/)).toBeVisible();
  await page.getByRole('link', { name: 'Go to backups' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make a backup' }).click();
  await confirmPasscode(page, 'Make a backup', 'seven seas seven', 'Make a backup');
  await downloading;
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved' })).toBeVisible();
  await page.getByRole('link', { name: 'Ebb, Home', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello' })).toBeVisible();
  await expect(page.getByText(/A backup keeps everything safe/)).toBeHidden();
});
