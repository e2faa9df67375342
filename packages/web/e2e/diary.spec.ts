// The daily check-in in a few taps, a past day filled in and changed, the week as a diary card, progress
// after a slip that takes nothing away, and the diary's set-up.
import { expect, test } from './page-errors.ts';
import { readRawRecords, waitForRecord } from './raw-idb.ts';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

test('a check-in in a few taps, then the week view and progress', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^Check in/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check in' })).toBeVisible();
  await page.getByRole('group', { name: 'Urge to self-harm today' }).getByRole('button', { name: '2', exact: true }).click();
  await page.getByRole('group', { name: 'Did you self-harm today?' }).getByRole('button', { name: 'No' }).click();
  await page.getByRole('group', { name: 'Sadness, 0 to 5' }).getByRole('button', { name: '3' }).click();
  await page.getByLabel('Add a skill').selectOption({ label: 'Paced breathing' });
  await expect(page.getByLabel('How it went with Paced breathing')).toHaveValue('5');
  await page.getByLabel('How it went with Paced breathing').selectOption({ label: '7 · Used it without trying, it helped' });
  await page.getByLabel('Hours of sleep').fill('lots');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Use a number of hours from 0 to 24.')).toBeVisible();
  await expect(page.getByLabel('Hours of sleep')).toBeFocused();
  await page.getByLabel('Hours of sleep').fill('7.5');
  await page.getByLabel('Note (optional)').fill('quiet day, walked by the river');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved. Thank you for checking in.' })).toBeVisible();
  await waitForRecord(page, 'checkin-month');
  const raw = (await readRawRecords(page)).map((r) => r.bytes).join('');
  expect(raw).not.toContain('river');

  // The saved card comes back.
  await page.reload();
  await expect(page.getByRole('group', { name: 'Urge to self-harm today' }).getByRole('button', { name: '2', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByLabel('Note (optional)')).toHaveValue('quiet day, walked by the river');

  await page.getByRole('link', { name: 'This week as a diary card' }).click();
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  const todayRow = table.getByRole('row').last();
  await expect(todayRow).toContainText('2');
  await expect(todayRow).toContainText('No');
  await expect(todayRow).toContainText('Paced breathing (7)');
  await expect(table.getByRole('row')).toHaveCount(8);
});

test('a past day can be filled in and changed; progress after a slip keeps everything', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-22T18:00:00'));
  // Five days ago, a calm day.
  await page.goto('/check-in/2026-11-17');
  await expect(page.getByRole('heading', { level: 1, name: /Check in for Tuesday 17 November/ })).toBeVisible();
  await page.getByRole('group', { name: 'Did you self-harm today?' }).getByRole('button', { name: 'No' }).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // An urge ridden out.
  await page.goto('/ride');
  await page.getByRole('button', { name: '6', exact: true }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  await page
    .getByRole('button', { name: /^Start: / })
    .first()
    .click();
  await page.getByRole('button', { name: 'I’ve finished this skill' }).click();
  await page.getByRole('button', { name: '2', exact: true }).click();
  await page.getByRole('button', { name: 'It has eased, I’m done' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You rode it out' })).toBeVisible();

  await page.goto('/progress');
  await expect(page.getByRole('definition').first()).toHaveText('1');
  await expect(page.getByText('1 in the last 30 days, 0 in the 30 days before')).toBeVisible();
  // Two recorded days (the 17th and today); the four between them are not recorded, never counted as free.
  await expect(page.getByText('2 of 2 recorded days').first()).toBeVisible();
  await expect(page.getByText('4 not recorded').first()).toBeVisible();

  // A slip today: kindness, a question about being hurt, and nothing taken away.
  await page.goto('/check-in');
  await page.getByRole('group', { name: 'Did you self-harm today?' }).getByRole('button', { name: 'Yes' }).click();
  await expect(page.getByText('A slip is information, not failure', { exact: false })).toBeVisible();
  await expect(page.getByText('Are you hurt?', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.goto('/progress');
  await expect(page.getByText('Everything here only grows.', { exact: false })).toBeVisible();
  await expect(page.getByText('1 of 2 recorded days').first()).toBeVisible();
  await expect(page.getByRole('definition').first()).toHaveText('1');
  // The longest run of recorded days without self-harm: the 17th, a whole day; kept after the slip.
  await expect(page.getByText('1 day', { exact: true })).toBeVisible();
  for (const words of [/reset/i, /\b0 days/, /streak/i, /fail/i, /counting from today/i]) await expect(page.getByText(words)).toHaveCount(0);

  // Change the past day.
  await page.goto('/check-in/week');
  await page.getByRole('link', { name: 'Open Tuesday 17 November' }).click();
  await expect(page.getByRole('group', { name: 'Did you self-harm today?' }).getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('group', { name: 'Urge to self-harm today' }).getByRole('button', { name: '1', exact: true }).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.goto('/check-in/2026-11-30');
  await expect(page.getByText('That day hasn’t happened yet.')).toBeVisible();
});

test('the diary card’s emotions can be set up, with medication when it applies', async ({ page }) => {
  await page.goto('/check-in');
  await page.getByText('Set up my diary card').click();
  await page.getByLabel('Emotions to rate, one per line').fill('Calm\nLonely');
  await page.getByRole('button', { name: 'Save set-up' }).click();
  await expect(page.getByText('Your diary card is set up.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Lonely, 0 to 5' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Sadness, 0 to 5' })).toHaveCount(0);
  await page.getByLabel('Ask about medication').check();
  await expect(page.getByRole('group', { name: 'Took medication as prescribed' })).toBeVisible();
});

test('goals with small steps: each step done is celebrated, and the goal is kept', async ({ page }) => {
  await page.goto('/progress');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByText('Name your goal.')).toBeVisible();
  await page.getByLabel('Goal', { exact: true }).fill('Sleep better');
  await page.getByLabel('By when (optional)').fill('2026-12-31');
  await page.getByLabel('Small steps, one per line').fill('Phone out of the bedroom\nIn bed by eleven');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByText('Goal added. One small step at a time.')).toBeVisible();
  await expect(page.getByText('0 of 2 steps done', { exact: false })).toBeVisible();
  await page.getByLabel('Phone out of the bedroom').check();
  await expect(page.getByText('Step done. Well done for doing it.')).toBeVisible();
  await page.getByLabel('In bed by eleven').check();
  await expect(page.getByText('Goal reached. That took real effort.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('2 of 2 steps done', { exact: false })).toBeVisible();
  await expect(page.getByLabel('In bed by eleven')).toBeChecked();
});

test('on the first day, even with a slip, progress never shows “0 days” nor reads as starting again', async ({ page }) => {
  await page.goto('/check-in');
  await page.getByRole('group', { name: 'Did you self-harm today?' }).getByRole('button', { name: 'Yes' }).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.goto('/progress');
  await expect(page.getByText('0 of 1 recorded day').first()).toBeVisible();
  await expect(page.getByText('Recorded days add up here, one whole day at a time')).toBeVisible();
  for (const words of [/\b0 days/, /counting from today/i, /start again/i, /reset/i]) await expect(page.getByText(words)).toHaveCount(0);
});
