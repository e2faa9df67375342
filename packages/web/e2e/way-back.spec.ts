// Every screen but Home has a visible way back, in the same place and words, reachable by keyboard, leading
// to where the person came from (or the screen's parent when opened directly); the header's name is Home.
import type { Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import { screens } from './routes.ts';

/** Where the way back leads from a screen opened directly: the back link's words and the heading it opens. */
function parentOf(path: string): { link: string; heading: string } {
  if (path.startsWith('/skills/')) return { link: 'Back to Skills', heading: 'Skills' };
  if (path.startsWith('/learn/')) return { link: 'Back to Learn', heading: 'Learn' };
  if (path === '/check-in/week') return { link: 'Back to Check-in', heading: 'Check in' };
  if (path.startsWith('/journal/')) return { link: 'Back to Journal', heading: 'Journal' };
  if (path.startsWith('/plan/')) return { link: 'Back to Plan', heading: 'My plan' };
  if (path === '/progress/patterns') return { link: 'Back to Progress', heading: 'Progress' };
  if (path === '/progress/summary') return { link: 'Back to Progress', heading: 'Progress' };
  return { link: 'Back to Home', heading: 'Hello' };
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** Tabs from the top of the page until `name` has focus; fails if it is not among the first stops. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let stop = 0; stop < 8; stop++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.replace(/\u00a0/g, ' ').trim() ?? '');
    if (focused.endsWith(name)) return;
  }
  throw new Error(`${name} is not reachable by keyboard near the top of the page`);
}

for (const screen of screens.filter((s) => s.path !== '/')) {
  test(`${screen.path} has a way back by keyboard`, async ({ page }) => {
    const parent = parentOf(screen.path);
    await page.goto(screen.path);
    await expect(heading(page, screen.heading)).toBeVisible();
    const back = page.getByRole('main').getByRole('link', { name: parent.link, exact: true });
    await expect(back).toBeVisible();
    // In the same place on every screen: first in the main area, above the heading.
    const [backBox, headingBox] = await Promise.all([back.boundingBox(), heading(page, screen.heading).boundingBox()]);
    expect(backBox && headingBox && backBox.y + backBox.height <= headingBox.y).toBe(true);
    await tabTo(page, parent.link);
    await page.keyboard.press('Enter');
    await expect(heading(page, parent.heading)).toBeFocused();
  });
}

test('Home has no way back, and the header’s name is labelled as Home', async ({ page }) => {
  await page.goto('/settings');
  await expect(heading(page, 'Settings')).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'Ebb, Home', exact: true }).click();
  await expect(heading(page, 'Hello')).toBeFocused();
  await expect(page.getByRole('link', { name: /^Back to/ })).toHaveCount(0);
});

test('the way back leads to where the person came from, and on the way they came', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^Settings/ }).click();
  await expect(heading(page, 'Settings')).toBeFocused();
  await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
  await page.getByRole('dialog', { name: 'Help now' }).getByRole('link', { name: 'Ride it out' }).click();
  await expect(heading(page, 'Ride it out')).toBeFocused();
  await page.getByRole('link', { name: 'Back to Settings', exact: true }).click();
  await expect(heading(page, 'Settings')).toBeFocused();
  await page.getByRole('link', { name: 'Back to Home', exact: true }).click();
  await expect(heading(page, 'Hello')).toBeFocused();
});

test('the way back leads out of the plan’s parts, not back through each of them', async ({ page }) => {
  await page.goto('/plan/part/warning-signs');
  await expect(heading(page, 'My warning signs')).toBeVisible();
  await page.getByRole('link', { name: 'Skip for now', exact: true }).click();
  await page.getByRole('link', { name: 'Skip for now', exact: true }).click();
  await expect(heading(page, 'My warning signs')).toBeHidden();
  await page.getByRole('link', { name: 'Back to Plan', exact: true }).click();
  await expect(heading(page, 'My plan')).toBeFocused();
  await page.getByRole('link', { name: 'Back to Home', exact: true }).click();
  await expect(heading(page, 'Hello')).toBeFocused();
});

test.describe('far from UTC', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  test('from a day of the diary card the way back leads to the week', async ({ page }) => {
    await page.goto('/check-in/week');
    await expect(heading(page, 'Diary card')).toBeVisible();
    await page
      .getByRole('link', { name: /^Open / })
      .last()
      .click();
    await expect(heading(page, 'Diary card')).toBeHidden();
    await page.getByRole('link', { name: 'Back to Week', exact: true }).click();
    await expect(heading(page, 'Diary card')).toBeFocused();
  });
});
