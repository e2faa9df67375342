// With JavaScript off, the served HTML itself shows crisis help for every country.
import { expect, test } from '@playwright/test';
import { crisisHelp } from '@ebb/content';

test.use({ javaScriptEnabled: false });

test('the first HTML shows crisis lines for every country without JavaScript', async ({ page }) => {
  await page.goto('/');
  const help = page.getByRole('region', { name: 'Help now' });
  await expect(help.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();
  for (const country of crisisHelp) {
    const section = help.getByRole('region', { name: country.name, exact: true });
    await expect(section).toBeVisible();
    await expect(section.getByRole('link', { name: `Call ${country.emergency[0]!.display}` })).toHaveAttribute('href', `tel:${country.emergency[0]!.number}`);
    for (const line of country.lines) await expect(section.getByRole('heading', { name: line.name })).toBeVisible();
  }
  await expect(help.getByRole('link', { name: 'Call 116 123' }).first()).toHaveAttribute('href', 'tel:116123');
  await expect(help.getByText(/any overdose needs urgent medical help/)).toBeVisible();
});

test('the Help now and Quick exit controls work as plain links', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
  await expect(page).toHaveURL(/#help-now$/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Quick exit' })).toHaveAttribute('href', 'https://www.google.com/');
});
