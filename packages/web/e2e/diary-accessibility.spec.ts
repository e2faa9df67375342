// The diary, journal, progress and reflection screens with something in them pass axe in light and dark at
// 360 px, with nothing scrolling sideways.
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB', viewport: { width: 360, height: 780 } });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`diary, journal, progress and reflection pass axe with data (${colorScheme})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    await page.goto('/check-in');
    await page.getByRole('group', { name: 'Did you self-harm today?' }).getByRole('button', { name: 'Yes' }).click();
    await page.getByRole('group', { name: 'Urge to self-harm today' }).getByRole('button', { name: '1', exact: true }).click();
    await page.getByLabel('Add a skill').selectOption({ label: 'STOP' });
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expectAccessible(page, 'check-in');
    await page.goto('/check-in/week');
    await expect(page.getByRole('table')).toBeVisible();
    await expectAccessible(page, 'week');
    await page.goto('/slip');
    await page.getByRole('button', { name: 'Note that this happened' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Noted.' })).toBeVisible();
    await expectAccessible(page, 'slip');
    await page.goto('/progress');
    await expect(page.getByRole('button', { name: 'I feel settled now' })).toBeVisible();
    await page.getByLabel('Goal', { exact: true }).fill('Sleep better');
    await page.getByLabel('Small steps, one per line').fill('Phone out of the bedroom');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await expect(page.getByText('Goal added.', { exact: false })).toBeVisible();
    await expectAccessible(page, 'progress');
    await page.goto('/journal/new');
    await page.getByLabel('Your entry').fill('A quiet evening');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expectAccessible(page, 'journal entry');
    await page.goto('/journal');
    await expectAccessible(page, 'journal');
    // Saying "I feel settled now" after the slip brings the offer to look back.
    await page.goto('/progress');
    await page.getByRole('button', { name: 'I feel settled now' }).click();
    await expect(page.getByRole('link', { name: /^Look back at / })).toBeFocused();
    await page.getByRole('link', { name: /^Look back at / }).click();
    await expectAccessible(page, 'reflection');
  });
}
