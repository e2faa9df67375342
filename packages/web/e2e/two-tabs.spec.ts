// Two open tabs never lose each other's writes, see each other's changes, and lock together.
import { expect, test } from './page-errors.ts';
import { waitForRecord } from './raw-idb.ts';
import { setPassphrase } from './passcode.ts';

test('two tabs writing settings and people keep both changes, and each sees the other’s', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/settings');
  await b.goto('/settings');
  await expect(b.getByRole('radio', { name: 'Match my device' })).toBeChecked();

  // Each tab changes a different setting from what it last saw.
  await a.getByRole('radio', { name: 'Dark' }).check();
  await b.getByLabel('Country for Help now').selectOption({ label: 'Ireland' });
  await waitForRecord(a, 'settings');
  await expect(b.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(a.getByLabel('Country for Help now')).toHaveValue('IE');

  await a.reload();
  await expect(a.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(a.getByLabel('Country for Help now')).toHaveValue('IE');

  // A person added in one tab appears in the other without reloading.
  await a.goto('/contacts');
  await b.goto('/contacts');
  await a.getByLabel('Name').fill('Tala');
  await a.getByRole('button', { name: 'Add' }).click();
  await expect(b.getByRole('heading', { name: 'Tala' })).toBeVisible();
  await b.getByLabel('Name').fill('Oak');
  await b.getByRole('button', { name: 'Add' }).click();
  await expect(a.getByRole('heading', { name: 'Oak' })).toBeVisible();
  await a.reload();
  await expect(a.getByRole('heading', { name: 'Tala' })).toBeVisible();
  await expect(a.getByRole('heading', { name: 'Oak' })).toBeVisible();
});

test('locking in one tab locks the others', async ({ context }) => {
  const a = await context.newPage();
  await setPassphrase(a, 'quiet harbour');

  const b = await context.newPage();
  await b.goto('/');
  await b.getByLabel('Passphrase').fill('quiet harbour');
  await b.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(b.getByRole('heading', { level: 1, name: 'Hello' })).toBeVisible({ timeout: 10_000 });

  await a.getByRole('button', { name: 'Lock now' }).click();
  await expect(b.getByRole('heading', { level: 1, name: 'Ebb is locked' })).toBeVisible();
});
