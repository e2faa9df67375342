// The diary, journal, progress and reflection screens with something in them pass axe in light and dark at
// 360 px, with nothing scrolling sideways.
import { expect, test } from './page-errors.ts';
import { expectAccessible } from './axe.ts';
import { sharedPage } from './shared-page.ts';

// One flow over one page, one test per screen: each axe run has its own time on a busy machine.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`diary, journal, progress and reflection pass axe with data (${colorScheme})`, () => {
    const shared = sharedPage({ timezoneId: 'Europe/London', locale: 'en-GB', viewport: { width: 360, height: 780 }, colorScheme });

    test('check-in', async () => {
      const page = shared();
      await page.goto('/check-in');
      await page.getByRole('group', { name: 'Did you self-harm today?' }).getByRole('button', { name: 'Yes' }).click();
      await page.getByRole('group', { name: 'Urge to self-harm today' }).getByRole('button', { name: '1', exact: true }).click();
      await page.getByLabel('Add a skill').selectOption({ label: 'STOP' });
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
      await expectAccessible(page, 'check-in');
    });

    test('week', async () => {
      const page = shared();
      await page.goto('/check-in/week');
      await expect(page.getByRole('table')).toBeVisible();
      await expectAccessible(page, 'week');
    });

    test('slip', async () => {
      const page = shared();
      await page.goto('/slip');
      await page.getByRole('button', { name: 'Note that this happened' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Noted.' })).toBeVisible();
      await expectAccessible(page, 'slip');
    });

    test('progress', async () => {
      const page = shared();
      await page.goto('/progress');
      await expect(page.getByRole('button', { name: 'I feel settled now' })).toBeVisible();
      await page.getByLabel('Goal', { exact: true }).fill('Sleep better');
      await page.getByLabel('Small steps, one per line').fill('Phone out of the bedroom');
      await page.getByRole('button', { name: 'Add goal' }).click();
      await expect(page.getByText('Goal added.', { exact: false })).toBeVisible();
      await expectAccessible(page, 'progress');
    });

    test('journal entry', async () => {
      const page = shared();
      await page.goto('/journal/new');
      await page.getByLabel('Your entry').fill('A quiet evening');
      await page.getByRole('button', { name: 'Save entry' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
      await expectAccessible(page, 'journal entry');
    });

    test('journal', async () => {
      const page = shared();
      await page.goto('/journal');
      // Checked once the entries are read, not while the screen is still opening.
      await expect(page.getByRole('link', { name: /^Open the entry/ })).toBeVisible();
      await expectAccessible(page, 'journal');
    });

    test('reflection', async () => {
      const page = shared();
      // Saying "I feel settled now" after the slip brings the offer to look back.
      await page.goto('/progress');
      await page.getByRole('button', { name: 'I feel settled now' }).click();
      await expect(page.getByRole('link', { name: /^Look back at / })).toBeFocused();
      await page.getByRole('link', { name: /^Look back at / }).click();
      await expectAccessible(page, 'reflection');
    });
  });
}
