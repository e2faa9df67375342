// Help now: one tap from every screen, by mouse and keyboard; the right lines for the chosen country,
// remembered; a sensible guess from the device; and the "I've already hurt myself" path.
import { type Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import { crisisHelp } from '@ebb/content';
import { screens } from './routes.ts';
import { whenSaved } from './raw-idb.ts';
import { expectAccessible } from './axe.ts';

const helpDialog = (page: Page) => page.getByRole('dialog', { name: 'Help now' });
const hurtButton = (page: Page) => helpDialog(page).getByRole('button', { name: 'I’ve already hurt myself' });
const hurtRegion = (page: Page) => helpDialog(page).getByRole('region', { name: 'I’ve already hurt myself' });

// Any uncaught error in the page fails the test.
test.beforeEach(({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
});

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
  await whenSaved(page, 'settings', () => helpDialog(page).getByLabel('Showing help for').selectOption({ label: 'Ireland' }));
  await expect(helpDialog(page).getByRole('link', { name: 'Text 50808' })).toBeVisible();
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

// Where Ebb has no verified lines, the country's own emergency number (the one for an ambulance where it has
// its own: Japan 119, Brazil 192), then the international directory.
for (const [timezoneId, locale, country, number] of [
  ['Europe/Berlin', 'de-DE', 'DE', '112'],
  ['Asia/Kolkata', 'en-IN', 'IN', '112'],
  ['Asia/Tokyo', 'ja-JP', 'JP', '119'],
  ['America/Sao_Paulo', 'pt-BR', 'BR', '192'],
] as const) {
  test.describe(`a phone in ${timezoneId}`, () => {
    test.use({ timezoneId, locale });
    test(`gets ${country}’s emergency number ${number} to tap, in Help now and in “I’ve already hurt myself”`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'Help now' }).first().click();
      await expect(helpDialog(page).getByLabel('Showing help for')).toHaveValue(country);
      const call = helpDialog(page)
        .getByRole('region', { name: 'In danger right now?' })
        .getByRole('link', { name: `Call ${number}` });
      await expect(call).toHaveAttribute('href', `tel:${number}`);
      await expect(helpDialog(page).getByText(/also for thoughts of ending your life/)).toBeVisible();
      await expect(helpDialog(page).getByRole('link', { name: 'Find A Helpline' })).toHaveAttribute('href', 'https://findahelpline.com/');

      await hurtButton(page).click();
      await expect(hurtButton(page)).toHaveAttribute('aria-expanded', 'true');
      await expect(hurtRegion(page).getByText(/not in trouble/)).toBeVisible();
      await expect(hurtRegion(page).getByRole('link', { name: `Call ${number}` })).toHaveAttribute('href', `tel:${number}`);
    });
  });
}

test.describe('on a 360 × 780 phone in London', () => {
  test.use({ timezoneId: 'Europe/London', locale: 'en-GB', viewport: { width: 360, height: 780 } });
  test('“I’ve already hurt myself” is on Help now’s first screen beside the emergency number, and opens its help in place', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Help now' }).first().click();
    await expect(helpDialog(page).getByLabel('Showing help for')).toHaveValue('GB');
    await expect(hurtButton(page)).toBeInViewport({ ratio: 1 });
    await expect(helpDialog(page).getByRole('region', { name: 'In danger right now?' }).getByRole('link', { name: 'Call 999' })).toBeInViewport({ ratio: 1 });
    await hurtButton(page).click();
    await expect(hurtRegion(page).getByText(/not in trouble/)).toBeInViewport();
  });
});

test('somewhere else: a way to choose where you are, and the international directory', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Help now' }).first().click();
  await helpDialog(page).getByLabel('Showing help for').selectOption('elsewhere');
  await expect(helpDialog(page).getByRole('link', { name: 'Find A Helpline' })).toHaveAttribute('href', 'https://findahelpline.com/');
  await hurtButton(page).click();
  await hurtRegion(page).getByRole('button', { name: 'Choose where you are' }).click();
  await expect(helpDialog(page).getByLabel('Showing help for')).toBeFocused();
  await helpDialog(page).getByLabel('Showing help for').selectOption({ label: 'France' });
  await expect(hurtRegion(page).getByRole('link', { name: 'Call 112' })).toHaveAttribute('href', 'tel:112');
});

test('"I’ve already hurt myself" gives medical help without judgement', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Help now' }).first().click();
  await helpDialog(page).getByLabel('Showing help for').selectOption({ label: 'United Kingdom' });
  await hurtButton(page).click();
  await expect(hurtRegion(page).getByText(/not in trouble/)).toBeVisible();
  await expect(hurtRegion(page).getByText(/no safe way/)).toBeVisible();
  await expect(hurtRegion(page).getByText(/NHS 111, an urgent treatment centre/)).toBeVisible();
  await expect(hurtRegion(page).getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`Help now in ${colorScheme}`, () => {
    test.use({ colorScheme, timezoneId: 'Asia/Tokyo', viewport: { width: 360, height: 780 } });
    test('passes axe with its medical help open', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'Help now' }).first().click();
      await expect(helpDialog(page).getByRole('link', { name: 'Call 119' }).first()).toBeVisible();
      await hurtButton(page).click();
      await expectAccessible(page, `Help now (${colorScheme})`);
    });
  });
}

test('the installed app’s /help shortcut opens Help now', async ({ page }) => {
  await page.goto('/help');
  await expect(helpDialog(page)).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});

test.describe('offline in Berlin', () => {
  test.use({ timezoneId: 'Europe/Berlin' });
  test('the emergency number is there with no network, after a reload', async ({ page, context }) => {
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('link', { name: 'Help now' }).first().click();
    await hurtButton(page).click();
    await expect(hurtRegion(page).getByRole('link', { name: 'Call 112' })).toHaveAttribute('href', 'tel:112');
  });
});

test.describe('choosing any country in Settings', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });
  test('offers every region by name, guesses Japan, and Help now follows the choice', async ({ page }) => {
    await page.goto('/settings');
    const select = page.getByLabel('Country for Help now');
    await expect(select.getByRole('option', { name: 'Automatic (Japan)' })).toBeAttached();
    expect(await select.getByRole('option').count()).toBeGreaterThan(240);
    await select.selectOption({ label: 'Kenya' });
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
    await expect(helpDialog(page).getByLabel('Showing help for')).toHaveValue('KE');
    await expect(helpDialog(page).getByRole('link', { name: 'Call 999' }).first()).toHaveAttribute('href', 'tel:999');
    await expect(helpDialog(page).getByText('Ebb hasn’t checked helplines in Kenya yet.', { exact: false })).toBeVisible();
  });
});

test.describe('the plan in a hard moment, in Tokyo', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });
  test('its crisis step offers Japan’s emergency number, not just “your local number”', async ({ page }) => {
    await page.goto('/plan/now');
    await expect(page.getByRole('link', { name: 'Call 119' })).toHaveAttribute('href', 'tel:119');
  });
});
