// Help now: one tap from every screen, by mouse and keyboard; the right lines for the chosen country,
// remembered; a sensible guess from the device; and the "I've already hurt myself" path.
import { expect, test, type Page } from '@playwright/test';
import { crisisHelp } from '@ebb/content';
import { screens } from './routes.ts';
import { waitForRecord } from './raw-idb.ts';

const helpDialog = (page: Page) => page.getByRole('dialog', { name: 'Help now' });

// One test per screen, each with its own time, so a busy machine slowing every page cannot add up.
for (const screen of screens) {
  test(`Help now opens from ${screen.path} and closes again`, async ({ page }) => {
    await page.goto(screen.path);
    await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
    await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
    await expect(helpDialog(page)).toBeVisible();
    await expect(helpDialog(page).getByRole('heading', { name: 'In danger right now?' })).toBeVisible();
    await helpDialog(page).getByRole('button', { name: 'Close' }).click();
    await expect(helpDialog(page)).toBeHidden();
  });
}

test('Help now works from the keyboard alone', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // Ebb
  await page.keyboard.press('Tab'); // Help now
  await expect(page.getByRole('link', { name: 'Help now' }).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(helpDialog(page)).toBeVisible();
  // Focus is inside the panel, and Escape closes it.
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(helpDialog(page)).toBeHidden();
});

test('each country shows its emergency number and every line, with the right call and text links', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Help now' }).first().click();
  const dialog = helpDialog(page);
  for (const country of crisisHelp) {
    await dialog.getByLabel('Showing help for').selectOption({ label: country.name });
    for (const e of country.emergency) {
      await expect(dialog.getByRole('link', { name: `Call ${e.display}` }).first()).toHaveAttribute('href', `tel:${e.number}`);
    }
    for (const line of country.lines) {
      await expect(dialog.getByRole('heading', { name: line.name })).toBeVisible();
      for (const reach of line.reach) {
        if (reach.kind === 'call') {
          await expect(dialog.getByRole('link', { name: `Call ${reach.display}` }).first()).toHaveAttribute('href', `tel:${reach.number}`);
        } else if (reach.kind === 'text') {
          const name = reach.keyword ? `Text ${reach.keyword} to ${reach.display}` : `Text ${reach.display}`;
          const href = reach.keyword ? `sms:${reach.number}?&body=${reach.keyword}` : `sms:${reach.number}`;
          await expect(dialog.getByRole('link', { name, exact: true }).first()).toHaveAttribute('href', href);
        } else {
          await expect(dialog.getByRole('link', { name: 'Chat online' })).toHaveAttribute('href', reach.url);
        }
      }
    }
  }
});

test('the chosen country is remembered after a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Help now' }).first().click();
  await helpDialog(page).getByLabel('Showing help for').selectOption({ label: 'Ireland' });
  await expect(helpDialog(page).getByRole('link', { name: 'Text 50808' })).toBeVisible();
  await waitForRecord(page, 'settings');
  await page.reload();
  await page.getByRole('link', { name: 'Help now' }).first().click();
  await expect(helpDialog(page).getByLabel('Showing help for')).toHaveValue('IE');
  await expect(helpDialog(page).getByRole('link', { name: 'Call 112' })).toBeVisible();
});

test.describe('guessing the country from the device', () => {
  test.use({ timezoneId: 'Europe/London', locale: 'en-US' });
  test('a phone in London gets UK lines without choosing', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Help now' }).first().click();
    await expect(helpDialog(page).getByLabel('Showing help for')).toHaveValue('GB');
    await expect(helpDialog(page).getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
  });
});

test.describe('somewhere without verified lines', () => {
  test.use({ timezoneId: 'Asia/Kolkata', locale: 'hi-IN' });
  test('shows the international directory and the local emergency advice', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Help now' }).first().click();
    await expect(helpDialog(page).getByLabel('Showing help for')).toHaveValue('elsewhere');
    await expect(helpDialog(page).getByRole('link', { name: 'Find A Helpline' })).toHaveAttribute('href', 'https://findahelpline.com/');
  });
});

test('"I’ve already hurt myself" gives medical help without judgement', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Help now' }).first().click();
  await helpDialog(page).getByLabel('Showing help for').selectOption({ label: 'United Kingdom' });
  await helpDialog(page).getByText('I’ve already hurt myself').click();
  await expect(helpDialog(page).getByText(/not in trouble/)).toBeVisible();
  await expect(helpDialog(page).getByText(/no safe way/)).toBeVisible();
  await expect(helpDialog(page).getByText(/NHS 111, an urgent treatment centre/)).toBeVisible();
  await expect(helpDialog(page).getByRole('link', { name: 'Call 999' }).last()).toHaveAttribute('href', 'tel:999');
});

test('the installed app’s /help shortcut opens Help now', async ({ page }) => {
  await page.goto('/help');
  await expect(helpDialog(page)).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});
