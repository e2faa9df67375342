// Your people: add (with a clear message for bad input that keeps what was typed), appear in Help now with
// call and text links, change, remove after confirming, and stay after a reload.
import { expect, test } from './page-errors.ts';
import { waitForRecord } from './raw-idb.ts';

test('add, use in Help now, change and remove a person', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Your people/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeFocused();

  // Bad input: a clear message, nothing lost.
  await page.getByLabel('Phone number (optional)').fill('call my mum');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByText('Add a name, so you know who this is.')).toBeVisible();
  await expect(page.getByText('This doesn’t look like a phone number.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Name')).toBeFocused();
  await expect(page.getByLabel('Phone number (optional)')).toHaveValue('call my mum');
  await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Name').fill('Sam');
  await page.getByLabel('Phone number (optional)').fill('+44 7700 900123');
  await page.getByLabel('Note (optional)').fill('good at walks');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('status')).toHaveText('Sam saved.');
  await expect(page.getByRole('heading', { name: 'Sam' })).toBeVisible();
  await waitForRecord(page, 'help-contact');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sam' })).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
  const dialog = page.getByRole('dialog', { name: 'Help now' });
  await expect(dialog.getByRole('link', { name: 'Call Sam' })).toHaveAttribute('href', 'tel:+447700900123');
  await expect(dialog.getByRole('link', { name: 'Text Sam' })).toHaveAttribute('href', 'sms:+447700900123');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Change Sam' }).click();
  await page.getByLabel('Name').fill('Sam B');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Sam B' })).toBeVisible();

  await page.getByRole('button', { name: 'Remove Sam B' }).click();
  await page.getByRole('button', { name: 'Keep' }).click();
  await expect(page.getByRole('heading', { name: 'Sam B' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove Sam B' }).click();
  await page.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.getByRole('status')).toHaveText('Sam B removed.');
  await expect(page.getByText('No one here yet.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No one here yet.')).toBeVisible();
});
