// The header stays small at large text and never hides the focused control; the layout holds: the reminder
// time is not clipped, checkboxes keep their size, the diary week fits a desktop, chosen chips stand out.
import type { Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';

const PHONE = { width: 360, height: 780 };

/** The browser's own text size at 200 % (the default font size doubled), as a person with low vision sets it. */
async function doubleTextSize(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
}

const headerShare = (page: Page) => page.evaluate(() => (document.querySelector('header')?.getBoundingClientRect().height ?? Infinity) / innerHeight);

/** Goes backwards through every control from the end of the page, checking none is under the header. */
async function expectShiftTabNeverUnderHeader(page: Page): Promise<void> {
  await page.getByRole('main').locator('a, button, input, select, textarea').last().focus();
  for (let stop = 0; stop < 30; stop++) {
    await page.keyboard.press('Shift+Tab');
    const place = await page.evaluate(() => {
      const focused = document.activeElement;
      const header = document.querySelector('header');
      if (!focused || !header || header.contains(focused) || !document.querySelector('main')?.contains(focused)) return null;
      const rect = focused.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, headerBottom: header.getBoundingClientRect().bottom, height: innerHeight };
    });
    if (place === null) return; // Back at the header: every control of the screen was checked.
    expect(place.top, `focus stop ${stop} is under the header`).toBeGreaterThanOrEqual(place.headerBottom - 0.5);
    expect(place.bottom).toBeLessThanOrEqual(place.height + 0.5);
  }
}

test.describe('at 200 % text on a 360 × 780 phone', () => {
  test.use({ viewport: PHONE });

  test('the header takes at most 15 % of the screen', async ({ page }) => {
    await doubleTextSize(page);
    for (const [path, heading] of [
      ['/', 'Hello'],
      ['/settings', 'Settings'],
      ['/plan/now', 'My plan'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
      expect(await headerShare(page), path).toBeLessThanOrEqual(0.15);
    }
  });

  test('tabbing backwards never leaves focus under the header', async ({ page }) => {
    await doubleTextSize(page);
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expectShiftTabNeverUnderHeader(page);
  });
});

test.describe('on a 360 × 780 phone', () => {
  test.use({ viewport: PHONE });

  test('tabbing backwards never leaves focus under the sticky header', async ({ page }) => {
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    expect(await page.getByRole('banner').evaluate((header) => getComputedStyle(header).position)).toBe('sticky');
    await expectShiftTabNeverUnderHeader(page);
  });

  test('with Ebb’s largest text size the header takes at most 15 % of the screen', async ({ page }) => {
    await page.goto('/settings');
    await page.getByRole('radio', { name: 'Larger' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    expect(await headerShare(page)).toBeLessThanOrEqual(0.15);
    await expectShiftTabNeverUnderHeader(page);
  });

  test('the reminder time shows whole, and a checkbox keeps its size when its label wraps', async ({ page }) => {
    await page.goto('/settings');
    await page.getByRole('checkbox', { name: 'Remind me to check in each day' }).check();
    const time = page.getByRole('textbox', { name: 'At' });
    await expect(time).toHaveValue('20:00');
    // The width the time needs ("08:00 PM" and the picker), measured on a copy free to take it.
    const { shown, needed } = await time.evaluate((input) => {
      const copy = input.cloneNode() as HTMLInputElement;
      copy.style.cssText = 'width: auto; max-width: none; position: absolute';
      input.after(copy);
      const sizes = { shown: input.getBoundingClientRect().width, needed: copy.getBoundingClientRect().width };
      copy.remove();
      return sizes;
    });
    expect(shown).toBeGreaterThanOrEqual(needed - 0.5);

    const notify = page.getByRole('checkbox', { name: 'Also as a notification, where this browser allows it' });
    const label = await notify.evaluate((box) => box.closest('label')?.getBoundingClientRect().height ?? 0);
    expect(label).toBeGreaterThan(44); // the label wraps onto two lines at this width
    const box = await notify.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
  });
});

test.describe('with the browser zoomed to 200 % on a phone', () => {
  test.use({ viewport: { width: 180, height: 390 }, deviceScaleFactor: 2 });

  test('the header scrolls away instead of covering the screen, and never hides the focus', async ({ page }) => {
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await page.mouse.wheel(0, 600);
    await expect.poll(() => page.getByRole('banner').evaluate((header) => header.getBoundingClientRect().bottom)).toBeLessThanOrEqual(0);
    await expectShiftTabNeverUnderHeader(page);
  });
});

test('on a 1280 px desktop the diary week does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/check-in/week');
  const week = page.getByRole('region', { name: /^Diary card for the week/ });
  await expect(week).toBeVisible();
  const [scroll, client] = await week.evaluate((region) => [region.scrollWidth, region.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
});

/** WCAG contrast of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const c = Number(part) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a chosen feeling carries a tick and stands out at 3:1 (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/journal/new');
    const chosen = page.getByRole('button', { name: 'Sadness' });
    const other = page.getByRole('button', { name: 'Anger' });
    await chosen.click();
    await expect(chosen).toHaveAttribute('aria-pressed', 'true');
    await expect(other).toHaveAttribute('aria-pressed', 'false');
    const look = (chip: typeof chosen) =>
      chip.evaluate((el) => ({ fill: getComputedStyle(el).backgroundColor, tick: getComputedStyle(el, '::before').content }));
    const [on, off] = [await look(chosen), await look(other)];
    expect(on.tick).toContain('✓');
    expect(off.tick).toBe('none');
    expect(contrast(on.fill, off.fill)).toBeGreaterThanOrEqual(3);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(contrast(on.fill, background)).toBeGreaterThanOrEqual(3);
  });
}
