// A key change in one tab reaches the others: they stop using the old key, open again under the new one
// (locked, when a passcode was set), and nothing written in either tab is lost.
import { expect, test } from './page-errors.ts';
import { setPassphrase } from './passcode.ts';
import { waitForRecord } from './raw-idb.ts';

test('setting a passcode in one tab locks the other, which then opens with the new passcode and keeps everything', async ({ context }) => {
  const errors: Error[] = [];
  const a = await context.newPage();
  const b = await context.newPage();
  for (const page of [a, b]) page.on('pageerror', (error) => errors.push(error));
  await a.goto('/contacts');
  await a.getByLabel('Name').fill('Sage');
  await a.getByRole('button', { name: 'Add' }).click();
  await waitForRecord(a, 'plan');
  await b.goto('/contacts');
  await expect(b.getByRole('heading', { name: 'Sage' })).toBeVisible();

  await setPassphrase(a, 'harbour lights at dusk');
  await expect(b.getByRole('heading', { level: 1, name: 'Ebb is locked' })).toBeVisible({ timeout: 15_000 });
  await b.getByLabel('Passphrase').fill('harbour lights at dusk');
  await b.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(b.getByRole('heading', { name: 'Sage' })).toBeVisible({ timeout: 15_000 });
  // A write in the other tab, after the change, is kept and opens in the first.
  await b.getByLabel('Name').fill('Rowan');
  await b.getByRole('button', { name: 'Add' }).click();
  await expect(b.getByRole('status')).toHaveText('Rowan saved.');
  await a.goto('/contacts');
  await a.getByLabel('Passphrase').fill('harbour lights at dusk');
  await a.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(a.getByRole('heading', { name: 'Rowan' })).toBeVisible({ timeout: 15_000 });
  expect(errors).toEqual([]);
});
