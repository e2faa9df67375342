// When storage fails: a change that can't be saved is said beside its control in plain words, what was typed
// stays, nothing throws in the page (page-errors.ts), and a failed read is said with Try again, never shown as
// empty. Also: moving from one day's check-in to another never carries the first day's answers across.
import type { Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import { readRawRecords, waitForRecord } from './raw-idb.ts';

test.use({ timezoneId: 'Asia/Kolkata', locale: 'en-GB' });

const NOT_KEPT = /That change couldn’t be saved: this device is out of storage space\. It lasts only until the app is closed\./;
const LOAD_FAILED = 'This couldn’t be opened just now: an unknown problem. Nothing has been changed.';

/**
 * Makes this page's IndexedDB refuse writes (as a full device does) or reads, until `restoreStorage`. Done
 * after the vault has opened, as a device filling up or failing while Ebb is open would.
 */
async function failStorage(page: Page, what: 'writes' | 'reads'): Promise<void> {
  await page.evaluate((what) => {
    const kept = {
      put: IDBObjectStore.prototype.put,
      getAll: IDBObjectStore.prototype.getAll,
      indexGetAll: IDBIndex.prototype.getAll,
    };
    const refuse = (name: string) => () => {
      throw new DOMException('Refused by the test', name);
    };
    if (what === 'writes') IDBObjectStore.prototype.put = refuse('QuotaExceededError');
    else {
      IDBObjectStore.prototype.getAll = refuse('UnknownError');
      IDBIndex.prototype.getAll = refuse('UnknownError');
    }
    (window as unknown as { restoreStorage: () => void }).restoreStorage = () => {
      IDBObjectStore.prototype.put = kept.put;
      IDBObjectStore.prototype.getAll = kept.getAll;
      IDBIndex.prototype.getAll = kept.indexGetAll;
    };
  }, what);
}

const restoreStorage = (page: Page) => page.evaluate(() => (window as unknown as { restoreStorage: () => void }).restoreStorage());

test('Privacy: discreet mode that could not be saved says so beside the switch, and saves once storage is back', async ({ page }) => {
  await page.goto('/privacy');
  const discreet = page.getByRole('checkbox', { name: /“Notes” as the name/ });
  await expect(discreet).not.toBeChecked();
  await failStorage(page, 'writes');

  await discreet.check();
  // On for now (the safer way round), and the switch itself says it was not kept.
  await expect(discreet).toHaveAccessibleDescription(NOT_KEPT);
  await expect(discreet).toBeChecked();
  await expect(page.getByText(NOT_KEPT)).toBeVisible();

  await restoreStorage(page);
  await discreet.uncheck();
  await expect(discreet).toHaveAccessibleDescription('');
  await discreet.check();
  await expect(discreet).toHaveAccessibleDescription('');
  await waitForRecord(page, 'settings');
  // In discreet mode the address no longer names the screen, so it is opened by its own path again.
  await page.goto('/privacy');
  await expect(page.getByRole('checkbox', { name: /“Notes” as the name/ })).toBeChecked();
});

test('Settings: a text size that could not be saved is told inside its group, and is not kept after a reload', async ({ page }) => {
  await page.goto('/settings');
  const textSize = page.getByRole('group', { name: 'Text size' });
  await expect(textSize.getByRole('radio', { name: 'Standard' })).toBeChecked();
  await failStorage(page, 'writes');

  await textSize.getByRole('radio', { name: 'Larger' }).check();
  await expect(textSize.getByRole('status')).toHaveText(NOT_KEPT);
  // The other settings' notes say nothing: the failure is beside the control that caused it.
  await expect(page.getByRole('group', { name: 'Theme' }).getByRole('status')).toBeHidden();
  expect(await readRawRecords(page).then((records) => records.filter((r) => r.type === 'settings'))).toEqual([]);

  await page.reload();
  await expect(page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'Standard' })).toBeChecked();

  await page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'Larger' }).check();
  await expect(page.getByRole('group', { name: 'Text size' }).getByRole('status')).toHaveText('Saved.');
});

test('Check-in: a save that fails keeps every answer and says so beside Save; saving again works', async ({ page }) => {
  await page.goto('/check-in');
  const urge = page.getByRole('group', { name: 'Urge to self-harm today' });
  await urge.getByRole('button', { name: '3', exact: true }).click();
  await page.getByRole('group', { name: 'Did you self-harm today?' }).getByRole('button', { name: 'No' }).click();
  await page.getByLabel('Note (optional)').fill('a long walk, then tea with my sister');
  await failStorage(page, 'writes');

  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'That couldn’t be saved: this device is out of storage space. What you filled in is still here.' }),
  ).toBeVisible();
  await expect(urge.getByRole('button', { name: '3', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Note (optional)')).toHaveValue('a long walk, then tea with my sister');
  expect((await readRawRecords(page)).filter((r) => r.type === 'checkin-month')).toEqual([]);

  await restoreStorage(page);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved. Thank you for checking in.' })).toBeVisible();
  await waitForRecord(page, 'checkin-month');
  await page.reload();
  await expect(page.getByLabel('Note (optional)')).toHaveValue('a long walk, then tea with my sister');
});

test('Open another day shows that day’s own answers, and saving it never writes the day before’s', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-22T18:00:00+05:30'));
  const urge = page.getByRole('group', { name: 'Urge to self-harm today' });
  // The 18th was saved with urge 1.
  await page.goto('/check-in/2026-11-18');
  await urge.getByRole('button', { name: '1', exact: true }).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // On the 17th, answers changed and not saved, then another day opened.
  await page.goto('/check-in/2026-11-17');
  await expect(page.getByRole('heading', { level: 1, name: /17 November/ })).toBeVisible();
  await urge.getByRole('button', { name: '4', exact: true }).click();
  await page.getByLabel('Note (optional)').fill('not for the eighteenth');
  await page.getByLabel('Day', { exact: true }).fill('2026-11-18');
  await page.getByRole('button', { name: 'Open that day' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /18 November/ })).toBeVisible();
  await expect(urge.getByRole('button', { name: '1', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(urge.getByRole('button', { name: '4', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByLabel('Note (optional)')).toHaveValue('');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // A day never filled in opens empty, whatever the day before it showed.
  await page.getByLabel('Day', { exact: true }).fill('2026-11-16');
  await page.getByRole('button', { name: 'Open that day' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /16 November/ })).toBeVisible();
  await expect(urge.getByRole('button', { name: '1', exact: true })).toHaveAttribute('aria-pressed', 'false');

  await page.goto('/check-in/2026-11-18');
  await expect(urge.getByRole('button', { name: '1', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Note (optional)')).toHaveValue('');
  await page.goto('/check-in/2026-11-17');
  await expect(urge.getByRole('button', { name: '4', exact: true })).toHaveAttribute('aria-pressed', 'false');
});

test('a failed read is said with Try again on the journal list and Progress, never as nothing there', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Journal/ })).toBeVisible();
  await failStorage(page, 'reads');

  await page.getByRole('link', { name: /^Journal/ }).click();
  await expect(page.getByRole('alert')).toContainText(LOAD_FAILED);
  await expect(page.getByText('No entries yet', { exact: false })).toBeHidden();
  await restoreStorage(page);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('No entries yet. Write when you feel like it.')).toBeVisible();
  await expect(page.getByRole('alert')).toBeHidden();

  await failStorage(page, 'reads');
  await page.getByRole('link', { name: 'Ebb' }).click();
  await page.getByRole('link', { name: /^Check in/ }).click();
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(LOAD_FAILED);
  await expect(page.getByText('Urges ridden out', { exact: false })).toBeHidden();
  await restoreStorage(page);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Milestones' })).toBeVisible();
  await expect(page.getByRole('alert')).toBeHidden();
});
