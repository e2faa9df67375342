// Your people: add (with a clear message for bad input that keeps what was typed), appear in Help now with
// call and text links, change, remove after confirming, and stay after a reload. They are one list with the
// plan's people: someone added, changed or removed in one place is so in Help now, the plan and Ride it out.
import { expect, test } from './page-errors.ts';
import { readRawRecords, waitForRecord } from './raw-idb.ts';
import { putSealedRecords } from './seal-raw.ts';

test('add, use in Help now, change and remove a person', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Your people/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeFocused();

  // Bad input: a clear message, nothing lost.
  await page.getByLabel('Phone number (optional)').fill('call my mum');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByText('Add a name, so you know who this is.')).toBeVisible();
  await expect(page.getByText('This doesn’t look like a phone number.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Name')).toBeFocused();
  await expect(page.getByLabel('Phone number (optional)')).toHaveValue('call my mum');
  await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Name').fill('Sam');
  await page.getByLabel('Phone number (optional)').fill('+44 7700 900123');
  await page.getByLabel('Who they are to you (optional)').fill('good at walks');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('status')).toHaveText('Sam saved.');
  await expect(page.getByRole('heading', { name: 'Sam' })).toBeVisible();
  await waitForRecord(page, 'plan');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sam' })).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
  const dialog = page.getByRole('dialog', { name: 'Help now' });
  await expect(dialog.getByRole('link', { name: 'Call Sam' })).toHaveAttribute('href', 'tel:+447700900123');
  await expect(dialog.getByRole('link', { name: 'Text Sam' })).toHaveAttribute('href', 'sms:+447700900123');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Change Sam' }).click();
  await page.getByLabel('Name').fill('Sam B');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Sam B' })).toBeVisible();

  await page.getByRole('button', { name: 'Remove Sam B' }).click();
  await page.getByRole('button', { name: 'Keep' }).click();
  await expect(page.getByRole('heading', { name: 'Sam B' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove Sam B' }).click();
  await page.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.getByRole('status')).toHaveText('Sam B removed.');
  await expect(page.getByText('No one here yet.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No one here yet.')).toBeVisible();
});

test('someone added in the plan is in Help now and Your people; changed or removed there, the plan changes too', async ({ page }) => {
  await page.goto('/plan/part/people-to-ask');
  await page.getByLabel('Name').fill('Robin');
  await page.getByLabel('Phone number (optional)').fill('07700 900456');
  await page.getByLabel('A message you could send (optional)').fill('Can you call me?');
  await page.getByLabel('Who they are to you (optional)').fill('my cousin');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to your plan.' })).toBeVisible();

  // In Help now at once, with the plan's message ready in the text link.
  await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
  const dialog = page.getByRole('dialog', { name: 'Help now' });
  await expect(dialog.getByRole('heading', { name: 'Robin' })).toBeVisible();
  await expect(dialog.getByText('my cousin')).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Call Robin' })).toHaveAttribute('href', 'tel:07700900456');
  await expect(dialog.getByRole('link', { name: 'Text Robin' })).toHaveAttribute('href', `sms:07700900456?&body=${encodeURIComponent('Can you call me?')}`);
  await dialog.getByRole('link', { name: 'Add or change your people' }).click();

  // In Your people, with every detail; a change there is the plan's change.
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Robin' })).toBeVisible();
  await expect(page.getByText('“Can you call me?”')).toBeVisible();
  await page.getByRole('button', { name: 'Change Robin' }).click();
  await expect(page.getByLabel('A message you could send (optional)')).toHaveValue('Can you call me?');
  await page.getByLabel('Name').fill('Robin K');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Robin K saved.');
  await page.getByLabel('Name').fill('Ash');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('status')).toHaveText('Ash saved.');

  // After a reload: the plan's crisis view shows both, as one list.
  await page.goto('/plan/now');
  await expect(page.getByRole('heading', { name: 'Robin K' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ash' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call Robin K' })).toHaveAttribute('href', 'tel:07700900456');
  await page.goto('/plan/part/people-to-ask');
  await expect(page.getByRole('heading', { level: 3, name: 'Robin K' })).toBeVisible();
  await expect(page.getByText('my cousin')).toBeVisible();

  // Removed in Your people: gone from the plan and Help now too.
  await page.goto('/contacts');
  await page.getByRole('button', { name: 'Remove Robin K' }).click();
  await page.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.getByRole('status')).toHaveText('Robin K removed.');
  await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
  await expect(dialog.getByRole('heading', { name: 'Ash' })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Robin K' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.goto('/plan/part/people-to-ask');
  await expect(page.getByRole('heading', { level: 3, name: 'Ash' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Robin K' })).toHaveCount(0);
});

test('people kept apart by an older Ebb join the plan’s people on the next start, once and without duplicates', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello' })).toBeVisible();
  // As version 2 of the plan and version 1 of "Your people" stored them: Sam is in both lists.
  const oldPlan = {
    sections: {
      'warning-signs': [],
      'on-my-own': [{ text: 'A walk' }],
      'people-and-places': [],
      'people-to-ask': [{ name: 'Sam', phone: '07700 900123', message: 'Can you call me?' }],
      professionals: [],
      'safer-space': [],
      reasons: [],
      triggers: [],
      'what-it-does': [],
      'first-step': '',
    },
    likelihood: null,
    barriers: [],
  };
  await putSealedRecords(page, [
    { type: 'plan', id: 'current', stored: { v: 2, data: oldPlan } },
    { type: 'plan-version', id: '1000', stored: { v: 2, data: { savedAt: 1000, changedAt: 1000, reason: '', plan: oldPlan } } },
    { type: 'help-contact', id: 'c1', stored: { v: 1, data: { name: 'sam', phone: '07700-900-123', note: 'my sister', createdAt: 1 } } },
    { type: 'help-contact', id: 'c2', stored: { v: 1, data: { name: 'Kim', phone: '+44 7700 900999', note: '', createdAt: 2 } } },
  ]);

  await page.goto('/contacts');
  await expect(page.getByRole('heading', { name: 'Kim' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sam', exact: true })).toHaveCount(1);
  await expect(page.getByText('my sister')).toBeVisible();
  await expect(page.getByText('“Can you call me?”')).toBeVisible();
  await expect.poll(async () => (await readRawRecords(page)).filter((r) => r.type === 'help-contact').length).toBe(0);
  await page.goto('/plan/part/people-to-ask');
  await expect(page.getByRole('heading', { level: 3, name: 'Sam' })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 3, name: 'Kim' })).toBeVisible();
});
