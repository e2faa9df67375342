// After a slip: compassion and medical help first, a note of when only if the person chooses, nothing reset;
// later, when calm, a look back that ends in a new plan version with the reason recorded. Never offered
// straight away.
import { expect, test } from './page-errors.ts';
import { buildSmallPlan } from './plan.ts';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

test('a slip, then a reflection offered when calm, ending in a new plan version', async ({ page }) => {
  await buildSmallPlan(page);
  await page.goto('/check-in');
  await page.getByRole('link', { name: 'Had a slip? No judgement here.' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'After a slip' })).toBeVisible();
  await expect(page.getByText('A slip is information, not failure.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'If you are hurt, get medical help' }).click();
  const dialog = page.getByRole('dialog', { name: 'Help now' });
  await expect(dialog.getByRole('region', { name: 'I’ve already hurt myself' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // When, with a clear message for a time that hasn't happened.
  await page.getByLabel('Earlier').check();
  await page.getByLabel('Date and time').fill('2099-01-01T10:00');
  await page.getByRole('button', { name: 'Note that this happened' }).click();
  await expect(page.getByText('Choose a time that has already passed.')).toBeVisible();
  await page.getByLabel('Just now').check();
  await page.getByRole('button', { name: 'Note that this happened' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Noted. Your progress is all still there.' })).toBeVisible();

  // Not offered straight away: only a small "I feel settled now" for the person to say so…
  await page.goto('/check-in');
  await expect(page.getByRole('button', { name: 'I feel settled now' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Look back at / })).toHaveCount(0);
  // …but after a calm check-in.
  await page.getByRole('group', { name: 'Urge to self-harm today' }).getByRole('button', { name: '1', exact: true }).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('heading', { name: 'When you feel ready' })).toBeVisible();
  await page.getByRole('link', { name: /^Look back at / }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Looking back' })).toBeVisible();
  await expect(page.getByText('never to blame yourself', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Not enough sleep' }).click();
  await page.getByLabel('In your own words (optional)').fill('Hardly slept all week');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('What set it off').fill('A row with my dad');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Thoughts').fill('Nobody listens');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Ideas, one per line').fill('Text Sam when the shouting starts');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Step 7 of 7')).toBeVisible();
  await page.getByLabel('Add to my triggers: A row with my dad').check();
  await page.getByLabel('Add to things I can do: Text Sam when the shouting starts').check();
  await page.getByRole('button', { name: 'Add to my plan and finish' }).click();
  await expect(page.getByText('Your plan has a new version with what you learned.')).toBeVisible();

  await page.goto('/plan/versions');
  await expect(
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) })
      .first(),
  ).toContainText(/Your plan now · After a slip on /);
  await page.goto('/plan/now');
  await expect(page.getByText('Text Sam when the shouting starts')).toBeVisible();
  // Finished: no longer offered.
  await page.goto('/check-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Check in' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'When you feel ready' })).toHaveCount(0);
  // Nothing in Ride it out mentions it.
  await page.goto('/ride');
  await expect(page.getByText('Look back', { exact: false })).toHaveCount(0);
});
