// axe finds zero violations on every screen and on Help now, in light and dark, at phone and desktop
// widths; nothing scrolls sideways at 360 px.
import { type Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import AxeBuilder from '@axe-core/playwright';
import { screens } from './routes.ts';

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${label}: ${v.id} (${v.nodes.length}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

// One test per screen, so each has its own time: a busy machine slows every axe run, and one slow screen
// must not use up the time of all the others.
for (const colorScheme of ['light', 'dark'] as const) {
  for (const [width, height, device] of [
    [360, 780, 'phone'],
    [1280, 800, 'desktop'],
  ] as const) {
    test.describe(`${colorScheme}, ${device}`, () => {
      test.use({ colorScheme, viewport: { width, height } });

      for (const screen of screens) {
        test(`${screen.path} passes axe, and nothing scrolls sideways`, async ({ page }) => {
          await page.goto(screen.path);
          await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
          await expectNoViolations(page, screen.path);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        });
      }

      test('Help now passes axe', async ({ page }) => {
        await page.goto('/');
        await page.getByRole('link', { name: 'Help now' }).first().click();
        await page.getByRole('dialog', { name: 'Help now' }).getByRole('button', { name: 'I’ve already hurt myself' }).click();
        await expectNoViolations(page, 'Help now');
      });
    });
  }
}

// axe needs JavaScript to run, so the served page is shown as a browser without JavaScript would show it:
// the <noscript> help as ordinary markup, the module script removed, the same inlined styles.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`the no-JavaScript crisis help passes axe (${colorScheme})`, async ({ page, request }) => {
    const served = await (await request.get('/')).text();
    const asWithoutJs = served.replace(/<\/?noscript>/g, '').replace(/<script[^>]*><\/script>/g, '');
    expect(asWithoutJs).toContain('id="help-now"');
    await page.emulateMedia({ colorScheme });
    await page.goto('/no-such-file.txt');
    await page.setContent(asWithoutJs);
    await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();
    await expectNoViolations(page, 'no-js');
  });
}

test('targets are at least 44 px and focus is visible', async ({ page }) => {
  await page.goto('/');
  const sizes = await page.locator('header a, main a, button').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent?.trim(), h: r.height, w: r.width };
    }),
  );
  for (const s of sizes) expect(Math.min(s.h, s.w), s.text ?? '').toBeGreaterThanOrEqual(44);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
});
