// Reminders: off until chosen; a check-in reminder on Home after its time until today has a check-in, a
// plan review reminder once the interval has passed, and a notification whose words never say what Ebb is
// for, never nag and never mention streaks.
import { expect, test } from './page-errors.ts';
import { whenSaved } from './raw-idb.ts';

test('check-in and plan review reminders, in the app and as a discreet notification', async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  await page.addInitScript(() => {
    const shown: Array<{ title: string; body: string }> = [];
    Object.assign(window, { shown });
    const record = (title: string, options?: NotificationOptions) => shown.push({ title, body: options?.body ?? '' });
    ServiceWorkerRegistration.prototype.showNotification = async function (title, options) {
      record(title, options);
    };
  });
  await page.clock.install({ time: new Date('2026-11-22T19:58:00') });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello' })).toBeVisible();
  await expect(page.getByText('A minute for yourself', { exact: false })).toHaveCount(0);

  await page.goto('/settings');
  await whenSaved(page, 'settings', () => page.getByLabel('Remind me to check in each day').check());
  await expect(page.getByLabel('At', { exact: true })).toHaveValue('20:00');
  await whenSaved(page, 'settings', () => page.getByLabel('Also as a notification, where this browser allows it').check());
  await whenSaved(page, 'settings', () => page.getByRole('radio', { name: 'Every 14 days' }).check());
  // Each reminder's own note says it was kept.
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveCount(3);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello' })).toBeVisible();
  await expect(page.getByText('A minute for yourself', { exact: false })).toHaveCount(0);
  // Home's notices are busy until the vault has opened and the reminders are read; only then may the clock move.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // The time comes: a notice in the app, and a notification that says nothing about what Ebb is for.
  await page.clock.runFor(3 * 60_000);
  await expect(page.getByRole('status').filter({ hasText: 'A minute for yourself, whenever you’re ready.' })).toBeVisible();
  // The notification goes out through the service worker's registration, a moment after the notice shows.
  const notified = () => page.evaluate(() => (window as unknown as { shown: Array<{ title: string; body: string }> }).shown);
  await expect.poll(notified).toEqual([{ title: 'A gentle reminder', body: 'A minute for yourself, whenever you’re ready.' }]);
  const shown = await notified();
  expect(JSON.stringify(shown)).not.toMatch(/self-harm|urge|streak|Ebb|plan|missed/i);

  // Checking in ends today's reminder.
  await page.getByRole('link', { name: 'Check in', exact: true }).first().click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'Ebb' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello' })).toBeVisible();
  await expect(page.getByText('A minute for yourself', { exact: false })).toHaveCount(0);
});

test('a plan review reminder comes once the chosen interval has passed since the plan changed', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-01T10:00:00') });
  await page.goto('/plan/part/reasons');
  await page.getByLabel('In your words').fill('My little brother');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to your plan.' })).toBeVisible();
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Every 14 days' }).check();
  await expect(page.getByRole('group', { name: /plan/i }).getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello' })).toBeVisible();
  await expect(page.getByText('It might be a good time to look over your plan.')).toHaveCount(0);
  await page.clock.setSystemTime(new Date('2026-11-16T10:00:00'));
  await page.reload();
  await expect(page.getByText('It might be a good time to look over your plan.')).toBeVisible();
});
