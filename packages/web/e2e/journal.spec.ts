// The journal: write with a prompt, tag feelings and triggers, find entries by search on the device, change
// and delete (after asking); entries are encrypted at rest.
import { expect, test } from './page-errors.ts';
import { readRawRecords, waitForRecord } from './raw-idb.ts';

test('write, tag, search, change and delete journal entries', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^Journal/ }).click();
  await expect(page.getByText('No entries yet.', { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'New entry' }).click();

  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Write something first.')).toBeVisible();
  await page.getByRole('button', { name: 'What helped?' }).click();
  await page.getByLabel('What helped?').fill('Walking by the river with my sister');
  await page.getByRole('button', { name: 'Sadness' }).click();
  await page.getByLabel('Triggers (optional, separated by commas)').fill('exams, late night');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await waitForRecord(page, 'journal-entry');
  expect((await readRawRecords(page)).map((r) => r.bytes).join('')).not.toContain('river');

  await page.getByRole('link', { name: 'All entries' }).click();
  await page.getByRole('link', { name: 'New entry' }).click();
  await page.getByLabel('Your entry').fill('Hard day at school, nobody noticed');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.getByRole('link', { name: 'All entries' }).click();

  const entries = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(entries).toHaveCount(2);
  await page.getByLabel('Search your journal').fill('river');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Walking by the river');
  await page.getByLabel('Search your journal').fill('exams');
  await expect(entries).toHaveCount(1);
  await page.getByLabel('Search your journal').fill('');
  await page.getByLabel('Feeling').selectOption({ label: 'Sadness' });
  await expect(entries).toHaveCount(1);
  await page.getByLabel('Search your journal').fill('holiday');
  await expect(page.getByText('No entry matches.')).toBeVisible();
  await page.getByLabel('Search your journal').fill('');
  await page.getByLabel('Feeling').selectOption({ label: 'Any feeling' });

  // Change, then delete after asking.
  await entries.filter({ hasText: 'Hard day' }).getByRole('link').click();
  await page.getByLabel('Your entry').fill('Hard day at school, but Sam noticed');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Your entry')).toHaveValue('Hard day at school, but Sam noticed');
  await page.getByRole('button', { name: 'Delete this entry' }).click();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await page.getByRole('button', { name: 'Delete this entry' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect(entries).toHaveCount(1);
});
