// With a passcode set, Ebb asks for it again before exposing or removing everything (readable export, backup,
// changing or turning off the passcode, Delete everything), and the wait after wrong passcodes holds: one try
// per wait across tabs, never more than 5 minutes whatever the clock did, and never for the recovery key.
import { type Page } from '@playwright/test';
import { expect, test as base } from './page-errors.ts';
import { expectAccessible } from './axe.ts';
import { confirmPasscode, setPassphrase } from './passcode.ts';

// Waits are counted in milliseconds since 1970: a time zone far from UTC must change nothing.
base.use({ timezoneId: 'Asia/Kolkata' });

const PASSPHRASE = 'the tide comes back';
const WRONG = /That didn’t match/;
const WAIT = /please wait (\d+) seconds/;

/** Every page the test opens fails it on an uncaught error. */
function watchErrors(page: Page, errors: string[]) {
  page.on('pageerror', (error) => errors.push(error.message));
}

const test = base.extend<{ errors: string[] }>({
  errors: async ({ page }, use) => {
    const errors: string[] = [];
    watchErrors(page, errors);
    await use(errors);
    expect(errors).toEqual([]);
  },
});

async function lockAndTry(page: Page, passcode: string) {
  await page.getByLabel('Passphrase').fill(passcode);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

interface Gate {
  name: string;
  opener: string;
  title: string;
  confirm: string;
  /** What the right passcode lets happen. */
  proceeds: (page: Page, downloads: string[]) => Promise<void>;
}

const gates: Gate[] = [
  {
    name: 'the readable export',
    opener: 'Export readable files',
    title: 'Export readable files',
    confirm: 'Export readable files',
    proceeds: async (page, downloads) => {
      await expect(page.getByRole('status').filter({ hasText: 'Saved to your downloads' })).toBeVisible({ timeout: 10_000 });
      await expect.poll(() => downloads.length).toBe(2);
    },
  },
  {
    name: 'a backup',
    opener: 'Make a backup',
    title: 'Make a backup',
    confirm: 'Make a backup',
    proceeds: async (page, downloads) => {
      await expect(page.getByRole('status').filter({ hasText: 'Backup saved' })).toBeVisible({ timeout: 10_000 });
      await expect.poll(() => downloads.length).toBe(1);
    },
  },
  {
    name: 'changing the passcode',
    opener: 'Change passcode',
    title: 'Change passcode',
    confirm: 'Continue',
    proceeds: async (page) => {
      await page.getByLabel('New passcode').fill('a brand new tide');
      await page.getByLabel('Type it again').fill('a brand new tide');
      await page.getByRole('button', { name: 'Save passcode' }).click();
      // A new vault key, so a new recovery key: the earlier one stops working.
      await expect(page.getByText('Your earlier recovery key no longer opens Ebb. This one does.')).toBeVisible({ timeout: 20_000 });
      await expect(page.locator('.recovery-key')).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    },
  },
  {
    name: 'turning the passcode off',
    opener: 'Turn passcode off',
    title: 'Turn passcode off',
    confirm: 'Yes, turn it off',
    proceeds: async (page) => {
      await expect(page.getByRole('status').filter({ hasText: 'Passcode turned off.' })).toBeVisible({ timeout: 10_000 });
      await expect(page.getByRole('button', { name: 'Set a passcode' })).toBeVisible();
    },
  },
  {
    name: 'Delete everything',
    opener: 'Delete everything…',
    title: 'Delete everything',
    confirm: 'Continue',
    proceeds: async (page) => {
      await page.getByRole('checkbox', { name: 'I understand this cannot be undone' }).check();
      await page.getByRole('button', { name: 'Delete everything now' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Everything has been deleted' })).toBeVisible({ timeout: 10_000 });
    },
  },
];

for (const gate of gates) {
  test(`${gate.name} asks for the current passcode: a wrong one is refused beside the field, Esc gives focus back, the right one proceeds`, async ({
    page,
    errors,
  }) => {
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await setPassphrase(page, PASSPHRASE);

    const opener = page.getByRole('button', { name: gate.opener, exact: true });
    await opener.click();
    const panel = page.getByRole('form', { name: gate.title });
    const field = panel.getByLabel('Your passphrase or recovery key');
    await expect(field).toBeFocused();
    await field.fill('not the passphrase');
    await panel.getByRole('button', { name: gate.confirm, exact: true }).click();
    await expect(panel.getByRole('alert')).toHaveText(WRONG, { timeout: 10_000 });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(WRONG);
    await expect(field).toBeFocused();
    expect(downloads).toEqual([]);
    await expect(page.getByText('Ebb is locked with a passphrase.')).toBeVisible(); // nothing changed

    await field.press('Escape');
    await expect(panel).toBeHidden();
    await expect(opener).toBeFocused();

    await opener.click();
    await confirmPasscode(page, gate.title, PASSPHRASE, gate.confirm);
    await gate.proceeds(page, downloads);
    expect(errors).toEqual([]);
  });
}

test('Cancel also closes the step and gives focus back; without a passcode nothing is asked', async ({ page, errors }) => {
  await page.goto('/privacy');
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await page.getByRole('button', { name: 'Export readable files' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  await expect(page.getByRole('form', { name: 'Export readable files' })).toHaveCount(0);

  await setPassphrase(page, PASSPHRASE);
  const opener = page.getByRole('button', { name: 'Delete everything…' });
  await opener.click();
  await page.getByRole('form', { name: 'Delete everything' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('form', { name: 'Delete everything' })).toHaveCount(0);
  await expect(opener).toBeFocused();
  expect(errors).toEqual([]);
});

test('the recovery key works during a wait, on the lock screen and when asked again', async ({ page, errors }) => {
  const recoveryKey = await setPassphrase(page, PASSPHRASE);
  // Asked again while open: wrong passphrases until a wait, then the recovery key goes through at once.
  await page.getByRole('button', { name: 'Export readable files' }).click();
  const panel = page.getByRole('form', { name: 'Export readable files' });
  const field = panel.getByLabel('Your passphrase or recovery key');
  for (let i = 0; i < 4; i++) {
    await field.fill(`wrong ${i}`);
    await panel.getByRole('button', { name: 'Export readable files' }).click();
    await expect(field).toHaveValue('', { timeout: 10_000 });
  }
  await expect(panel.getByRole('alert')).toHaveText(WAIT);
  await expect(panel.getByRole('alert')).toContainText('Your recovery key works now');
  await field.fill(recoveryKey);
  await panel.getByRole('button', { name: 'Export readable files' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to your downloads' })).toBeVisible({ timeout: 10_000 });

  // On the lock screen: three wrong tries start a wait; the recovery key is not made to wait.
  await page.getByRole('button', { name: 'Lock now' }).click();
  for (let i = 0; i < 3; i++) {
    await lockAndTry(page, `wrong ${i}`);
    await expect(page.getByLabel('Passphrase')).toHaveValue('', { timeout: 10_000 });
  }
  await expect(page.getByText(WAIT)).toBeVisible();
  await page.getByRole('button', { name: /Forgot your passcode/ }).click();
  await page.getByLabel('Recovery key').fill(recoveryKey);
  await page.getByRole('button', { name: 'Unlock with recovery key' }).click();
  await expect(page.getByText('Welcome back. You may want to choose a new passcode now.')).toBeVisible({ timeout: 10_000 });
  expect(errors).toEqual([]);
});

test('eight tabs trying a wrong passcode at once get one try through per wait', async ({ page, context, errors }) => {
  test.setTimeout(90_000);
  await setPassphrase(page, PASSPHRASE);
  const others: Page[] = [];
  for (let i = 0; i < 7; i++) {
    const other = await context.newPage();
    watchErrors(other, errors);
    await other.goto('/');
    others.push(other);
  }
  await page.getByRole('button', { name: 'Lock now' }).click();
  for (const other of others) await expect(other.getByRole('heading', { level: 1, name: 'Ebb is locked' })).toBeVisible();
  // Three free tries, then the first wait (5 s) runs out.
  for (let i = 0; i < 3; i++) {
    await lockAndTry(page, `wrong ${i}`);
    await expect(page.getByLabel('Passphrase')).toHaveValue('', { timeout: 10_000 });
  }
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeDisabled();
  await expect(page.getByText(WAIT)).toBeHidden({ timeout: 10_000 });

  const pages = [page, ...others];
  for (const p of pages) await p.getByLabel('Passphrase').fill('all at once');
  await Promise.all(pages.map((p) => p.getByRole('button', { name: 'Unlock', exact: true }).click()));
  const said = await Promise.all(
    pages.map(async (p) => {
      const alert = p.locator('#unlock-problem');
      await expect(alert).toHaveText(/\S/, { timeout: 30_000 });
      return (await alert.textContent()) ?? '';
    }),
  );
  expect(said.filter((text) => WRONG.test(text))).toHaveLength(1);
  expect(said.filter((text) => !WRONG.test(text) && WAIT.test(text))).toHaveLength(7);
});

test('a wrong try with the clock a day ahead, then the clock put back, never keeps the owner out for more than 5 minutes', async ({ page, errors }) => {
  await page.clock.install();
  await setPassphrase(page, PASSPHRASE);
  await page.getByRole('button', { name: 'Lock now' }).click();
  const realNow = await page.evaluate(() => Date.now());
  await page.clock.setSystemTime(realNow + 86_400_000);
  for (let i = 0; i < 4; i++) {
    await page.clock.fastForward(20_000); // past any wait so far
    await lockAndTry(page, `wrong ${i}`);
    await expect(page.getByLabel('Passphrase')).toHaveValue('', { timeout: 10_000 });
  }
  // The clock is put right: the owner's passphrase waits at most 5 minutes, not a day.
  await page.clock.setSystemTime(realNow + 60_000);
  await page.clock.fastForward(20_000); // the screen's own countdown from the last try is over
  await lockAndTry(page, PASSPHRASE);
  const wait = page.getByText(WAIT);
  await expect(wait).toBeVisible({ timeout: 10_000 });
  const seconds = Number(WAIT.exec((await wait.textContent()) ?? '')?.[1]);
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(300);
  await page.clock.fastForward(300_000);
  await lockAndTry(page, PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: 'Ebb is locked' })).toBeHidden({ timeout: 10_000 });
  expect(errors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the confirm step passes axe at phone width, with a wrong entry and during a wait (${colorScheme})`, async ({ page, errors }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme });
    await setPassphrase(page, PASSPHRASE);
    await page.getByRole('button', { name: 'Change passcode' }).click();
    const panel = page.getByRole('form', { name: 'Change passcode' });
    await expectAccessible(page, 'confirm step');
    for (let i = 0; i < 4; i++) {
      await panel.getByLabel('Your passphrase or recovery key').fill(`wrong ${i}`);
      await panel.getByRole('button', { name: 'Continue' }).click();
      await expect(panel.getByRole('alert')).toHaveText(i < 3 ? WRONG : WAIT, { timeout: 10_000 });
    }
    await expectAccessible(page, 'confirm step, waiting');
    expect(errors).toEqual([]);
  });
}
