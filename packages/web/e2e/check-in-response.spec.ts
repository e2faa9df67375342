// The diary card answers what the person says (docs/clinical-rules.md rules 17, 18 and 21), in a time zone far from the
// UK and US: a yes to self-harm asks about being hurt and opens Help now's medical help; a strong urge or
// strong thoughts of suicide offer Ride it out, the plan (or their people) and Help now, never a label; the
// look back after a slip never sits beside those answers; progress says which days were not recorded.
import { type Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import { expectAccessible } from './axe.ts';
import { buildSmallPlan } from './plan.ts';

test.use({ timezoneId: 'Asia/Kolkata', locale: 'en-IN', viewport: { width: 360, height: 780 } });

// Half past midnight in Kolkata is still the previous day in UTC: days must be the person's own.
const justAfterMidnight = new Date('2026-11-23T00:30:00+05:30');

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
test.afterEach(() => expect(pageErrors).toEqual([]));

const urge = (page: Page) => page.getByRole('group', { name: 'Urge to self-harm today' });
const acted = (page: Page) => page.getByRole('group', { name: 'Did you self-harm today?' });
const noLabels = async (page: Page) => {
  for (const words of [/\brisk\b/i, /\bscore\b/i, /\bsevere\b/i, /\bhigh\b/i, /\bdanger level\b/i])
    await expect(page.getByRole('main').getByText(words)).toHaveCount(0);
};

async function noteSlip(page: Page): Promise<void> {
  await page.goto('/slip');
  await page.getByRole('button', { name: 'Note that this happened' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Noted.' })).toBeVisible();
}

test('urge 5 and a yes: a kind question, medical help, support, and no look back on that screen', async ({ page }) => {
  await page.clock.setFixedTime(justAfterMidnight);
  await noteSlip(page);
  // Even a day later, time alone does not bring the look back beside a worrying answer.
  await page.clock.setFixedTime(new Date(justAfterMidnight.getTime() + 26 * 3_600_000));
  await page.goto('/check-in');
  await urge(page).getByRole('button', { name: '5', exact: true }).click();
  await acted(page).getByRole('button', { name: 'Yes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Are you hurt?' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'You don’t have to face this alone' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ride it out' })).toHaveAttribute('href', '/ride');
  // No plan yet: their people instead of the plan.
  await expect(page.getByRole('link', { name: 'Your people' })).toHaveAttribute('href', '/contacts');
  await expect(page.getByRole('link', { name: 'Use my plan' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'When you feel ready' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'I feel settled now' })).toHaveCount(0);
  await expect(page.getByText('Look back', { exact: false })).toHaveCount(0);
  await noLabels(page);
  await expectAccessible(page, 'check-in with support');

  await page.getByRole('button', { name: 'Get medical help' }).click();
  const dialog = page.getByRole('dialog', { name: 'Help now' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'I’ve already hurt myself' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Reloaded, the saved answers still get the same support, and still no look back beside them.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Get medical help' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'When you feel ready' })).toHaveCount(0);

  // Elsewhere, the person may say they feel settled; a later calm card then brings the offer too.
  await page.goto('/progress');
  await expect(page.getByRole('link', { name: /^Look back at / })).toHaveCount(0);
  await page.getByRole('button', { name: 'I feel settled now' }).click();
  await expect(page.getByRole('link', { name: /^Look back at / })).toBeFocused();
});

test('urge 4 with a plan: Ride it out, the plan’s crisis view and Help now', async ({ page }) => {
  await buildSmallPlan(page);
  await page.goto('/check-in');
  await urge(page).getByRole('button', { name: '3', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Ride it out' })).toHaveCount(0);
  await urge(page).getByRole('button', { name: '4', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Strong urges rise and fall.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ride it out' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Use my plan' })).toHaveAttribute('href', '/plan/now');
  await expect(page.getByRole('button', { name: 'Get medical help' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Open Help now' }).click();
  await expect(page.getByRole('dialog', { name: 'Help now' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Help now' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('link', { name: 'Use my plan' }).click();
  await expect(page).toHaveURL(/\/plan\/now$/);
  await noLabels(page);
});

test('the thoughts-of-suicide row: off until set up, a 5 gets support and no label, and shows in the week', async ({ page }) => {
  await page.clock.setFixedTime(justAfterMidnight);
  await page.goto('/check-in');
  await expect(page.getByRole('group', { name: 'Thoughts of ending your life' })).toHaveCount(0);
  await page.getByText('Set up my diary card').click();
  await page.getByLabel('Ask about thoughts of ending my life').check();
  const thoughts = page.getByRole('group', { name: 'Thoughts of ending your life' });
  await expect(thoughts).toBeVisible();
  await thoughts.getByRole('button', { name: '5', exact: true }).click();
  const support = page.getByRole('status').filter({ hasText: 'also for thoughts of ending your life' });
  await expect(support).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open Help now' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ride it out' })).toBeVisible();
  await noLabels(page);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expectAccessible(page, 'check-in with thoughts');

  await page.goto('/check-in/week');
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Thoughts of ending life (0–5)' })).toBeVisible();
  // Today in Kolkata is the 23rd, though it is still the 22nd in UTC.
  const today = table.getByRole('row').last();
  await expect(today.getByRole('link')).toHaveAccessibleName(/Monday,? 23 November/);
  await expect(today.getByRole('cell').first()).toHaveText('–not filled in');
  await expect(today.getByRole('cell').nth(1)).toHaveText('5');
  await noLabels(page);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`progress with gaps says “not recorded” and never counts empty days as free (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.clock.setFixedTime(justAfterMidnight);
    for (const day of ['2026-11-18', '2026-11-20']) {
      await page.goto(`/check-in/${day}`);
      await acted(page).getByRole('button', { name: 'No' }).click();
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    }
    await page.goto('/check-in');
    await urge(page).getByRole('button', { name: '1', exact: true }).click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

    await page.goto('/progress');
    // Known since the 18th: six days, three recorded (the 18th, the 20th and today, the 23rd in Kolkata).
    await expect(page.getByText('3 of 3 recorded days').first()).toBeVisible();
    await expect(page.getByText('3 not recorded').first()).toBeVisible();
    await expect(page.getByText('1 day', { exact: true })).toBeVisible();
    await expect(page.getByText('A week of recorded days without self-harm')).toBeVisible();
    await expectAccessible(page, `progress (${colorScheme})`);
  });
}
