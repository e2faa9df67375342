// The passcode lock as a person meets it: set it and keep the recovery key, lock, Help now from the lock
// screen, wrong tries that slow down but erase nothing, the recovery key, auto-lock, change and turn off.
import { type Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import AxeBuilder from '@axe-core/playwright';
import { readRawKeys, readRawRecords, waitForRecord, whenSaved } from './raw-idb.ts';
import { confirmPasscode, setPassphrase as setSharedPassphrase } from './passcode.ts';

const PASSPHRASE = 'the tide comes back';

const setPassphrase = (page: Page, passphrase = PASSPHRASE) => setSharedPassphrase(page, passphrase);

const lockScreen = (page: Page) => page.getByRole('heading', { level: 1, name: 'Ebb is locked' });

async function unlockWith(page: Page, passcode: string) {
  await page.getByLabel('Passphrase').fill(passcode);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

test('set a passcode, lock, use Help now while locked, unlock; the data stays and the key is wrapped', async ({ page }) => {
  await page.goto('/contacts');
  await page.getByLabel('Name').fill('Rowan');
  await page.getByRole('button', { name: 'Add' }).click();
  await waitForRecord(page, 'plan');

  await setPassphrase(page);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(lockScreen(page)).toBeVisible();

  // Help now and Quick exit are never behind the lock.
  await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
  const dialog = page.getByRole('dialog', { name: 'Help now' });
  await expect(dialog.getByRole('heading', { name: 'In danger right now?' })).toBeVisible();
  await expect(dialog.getByText('Rowan')).toBeHidden();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Quick exit' })).toBeVisible();

  // Still locked after a reload; the database holds no key, only values sealed under the device secret.
  await page.reload();
  await expect(lockScreen(page)).toBeVisible();
  const keyEntries = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('ebb');
        open.onsuccess = () => {
          const req = open.result.transaction('keys').objectStore('keys').getAll();
          req.onsuccess = () => resolve(req.result.filter((v) => v instanceof CryptoKey).map(String));
        };
      }),
  );
  expect(keyEntries).toEqual([]);

  await unlockWith(page, 'not it');
  await expect(page.getByText('That didn’t match.')).toBeVisible({ timeout: 10_000 });
  await unlockWith(page, PASSPHRASE);
  await expect(lockScreen(page)).toBeHidden({ timeout: 10_000 });
  await page.goto('/contacts');
  await expect(lockScreen(page)).toBeVisible(); // a new page load starts locked again
  await unlockWith(page, PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'Rowan' })).toBeVisible({ timeout: 10_000 });
});

test('wrong passcodes slow down, never erase, and the right one still works after the wait', async ({ page }) => {
  await page.clock.install();
  await setPassphrase(page);
  await page.getByRole('button', { name: 'Lock now' }).click();
  for (let i = 0; i < 3; i++) {
    await unlockWith(page, `wrong ${i}`);
    // The check is over when the field is empty and editable again.
    await expect(page.getByLabel('Passphrase')).toHaveValue('', { timeout: 10_000 });
    await expect(page.getByLabel('Passphrase')).toBeEditable();
  }
  await expect(page.getByText(/please wait \d+ seconds/)).toBeVisible();
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeDisabled();
  await page.clock.fastForward(6_000);
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(lockScreen(page)).toBeHidden({ timeout: 10_000 });
});

test('the recovery key opens Ebb when the passcode is forgotten', async ({ page }) => {
  const recoveryKey = await setPassphrase(page);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('button', { name: /Forgot your passcode/ }).click();
  await page.getByLabel('Recovery key').fill('AAAA');
  await page.getByRole('button', { name: 'Unlock with recovery key' }).click();
  await expect(page.getByText('A recovery key has 8 groups of 4 letters or numbers.')).toBeVisible();
  await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Unlock with recovery key' }).click();
  await expect(page.getByText('Welcome back. You may want to choose a new passcode now.')).toBeVisible({ timeout: 10_000 });
});

test('auto-lock after the idle time, and when Ebb is hidden', async ({ page }) => {
  await page.clock.install();
  await setPassphrase(page);
  await whenSaved(page, 'settings', () => page.getByLabel('Lock after I stop using Ebb for').selectOption({ label: '1 minute' }));
  await page.clock.fastForward(61_000);
  await expect(lockScreen(page)).toBeVisible();

  await unlockWith(page, PASSPHRASE);
  await expect(lockScreen(page)).toBeHidden({ timeout: 10_000 });
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(lockScreen(page)).toBeVisible();
});

test('change the passcode, then turn it off', async ({ page }) => {
  await setPassphrase(page);
  await page.getByRole('button', { name: 'Change passcode' }).click();
  await confirmPasscode(page, 'Change passcode', PASSPHRASE, 'Continue');
  await page.getByRole('radio', { name: /PIN/ }).check();
  await page.getByLabel('New passcode').fill('12a');
  await page.getByLabel('Type it again').fill('12a');
  await page.getByRole('button', { name: 'Save passcode' }).click();
  await expect(page.getByText('A PIN uses numbers only.')).toBeVisible();
  await page.getByLabel('New passcode').fill('246810');
  await page.getByLabel('Type it again').fill('246811');
  await page.getByRole('button', { name: 'Save passcode' }).click();
  await expect(page.getByText('The two don’t match.')).toBeVisible();
  await page.getByLabel('Type it again').fill('246810');
  await page.getByRole('button', { name: 'Save passcode' }).click();
  // A new vault key, so a new recovery key: the earlier one no longer opens Ebb.
  await expect(page.getByText('Your earlier recovery key no longer opens Ebb. This one does.')).toBeVisible({ timeout: 15_000 });
  await page.getByRole('checkbox', { name: 'I’ve kept my recovery key somewhere safe' }).check();
  await page.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByLabel('PIN').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByText('That didn’t match.')).toBeVisible({ timeout: 10_000 });
  await page.getByLabel('PIN').fill('246810');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(lockScreen(page)).toBeHidden({ timeout: 10_000 });

  await page.getByRole('button', { name: 'Turn passcode off' }).click();
  await confirmPasscode(page, 'Turn passcode off', '246810', 'Yes, turn it off');
  await expect(page.getByRole('status')).toHaveText('Passcode turned off.');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy and security' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Set a passcode' })).toBeVisible();

  // On again: a new recovery key, and neither secret is stored anywhere in readable form.
  const recoveryKey = await setPassphrase(page, 'second time lucky');
  const stored = (await readRawKeys(page)) + (await readRawRecords(page)).map((r) => r.bytes).join('');
  for (const secret of ['second time lucky', recoveryKey, recoveryKey.replace(/-/g, ''), '246810']) expect(stored).not.toContain(secret);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await unlockWith(page, 'second time lucky');
  await expect(lockScreen(page)).toBeHidden({ timeout: 10_000 });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the passcode screens pass axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/privacy');
    await page.getByRole('button', { name: 'Set a passcode' }).click();
    const scan = async (label: string) => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    await scan('passcode form');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await setPassphrase(page);
    await scan('passcode on');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await expect(lockScreen(page)).toBeVisible();
    await scan('lock screen');
    await page.getByRole('button', { name: /Forgot your passcode/ }).click();
    await scan('recovery');
  });
}
