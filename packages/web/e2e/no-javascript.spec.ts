// With JavaScript off, the served HTML itself shows crisis help for every country.
import { expect, test } from './page-errors.ts';
import { crisisHelp } from '@ebb/content';
import { emergencyNumbers } from '@ebb/content/emergency-numbers';

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

test('the first HTML lists every region’s emergency number without JavaScript', async ({ page }) => {
  await page.goto('/');
  const list = page.getByRole('region', { name: 'Emergency numbers in every country' }).getByRole('listitem');
  await expect(list).toHaveCount(Object.keys(emergencyNumbers).length);
  for (const [name, number] of [
    ['Germany', '112'],
    ['India', '112'],
    ['Japan', '119'],
    ['Brazil', '192'],
    ['United Kingdom', '999'],
  ]) {
    await expect(page.getByRole('link', { name: `${name} ${number}`, exact: true })).toHaveAttribute('href', `tel:${number}`);
  }
  // "I've already hurt myself" points to the list, so there is always a number to tap.
  await page.getByRole('region', { name: 'I’ve already hurt myself' }).getByRole('link', { name: 'Emergency numbers for every country' }).click();
  await expect(page).toHaveURL(/#emergency-numbers$/);
});

test('the Help now and Quick exit controls work as plain links', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
  await expect(page).toHaveURL(/#help-now$/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Quick exit' })).toHaveAttribute('href', 'https://www.google.com/');
});
