// One axe check for the browser tests: zero violations of WCAG 2.2 AA and best practice, and (at phone width)
// nothing that scrolls sideways.
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export async function expectAccessible(page: Page, label: string, width = 360): Promise<void> {
  // A screen still opening (the vault, the settings or its code) is marked busy; check it once it is there.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // From the top: scrolled down, the sticky header lies over whatever is under it, which axe counts as a
  // target too small to tap, though a person scrolls to it.
  await page.evaluate(() => window.scrollTo(0, 0));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}
