// Two of a person's devices (two browser profiles, in time zones far apart) paired through the sync server:
// a plan change on one and a check-in on the other, both made offline, reach the other device once both are
// back online; and the server's files hold none of the words typed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import { e2eDataDir } from './server-data.ts';
import { expectAccessible } from './axe.ts';
import { sqliteRawTables } from '../../server/src/storage/test-raw-tables.ts';

const PLAN_WORDS = 'Marmalade lighthouse walks';
const NOTE_WORDS = 'heron beside the weir';

/** Fails on any uncaught error or unhandled rejection in a profile's pages (page-errors.ts does this for `context`). */
function watchErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.on('weberror', (error) => errors.push(String(error.error())));
  return errors;
}

/** Waits until the service worker controls the page, so the app keeps working offline. */
async function readyOffline(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // A profile's first visit is not yet controlled by the worker; a reload brings it under control.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** This device's calendar day, as the check-in screen names it. */
const localDay = (page: Page) => page.evaluate(() => new Date().toLocaleDateString('en-CA'));

test('two paired devices exchange changes made offline, and the server keeps none of the words', async ({ browser }) => {
  test.setTimeout(120_000);
  const a = await browser.newContext({ timezoneId: 'Asia/Kolkata', locale: 'en-GB', viewport: { width: 360, height: 780 } });
  const b = await browser.newContext({ timezoneId: 'America/Sao_Paulo', locale: 'en-GB' });
  const errors = [watchErrors(a), watchErrors(b)];
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  const pushedIds: string[] = [];
  pageA.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/api/records')) return;
    const body = request.postDataJSON() as { records: Array<{ id: string }> };
    pushedIds.push(...body.records.map((r) => r.id));
  });

  // A turns sync on from Settings, then shows its pairing link (only after asking).
  await pageA.goto('/settings');
  await pageA.getByRole('link', { name: 'Your devices and sync' }).click();
  await expect(pageA.getByRole('heading', { level: 1, name: 'Your devices' })).toBeVisible();
  await expectAccessible(pageA, 'devices, sync off');
  await pageA.getByRole('button', { name: 'Turn on sync' }).click();
  // The button pressed is gone: focus lands on what says sync is on, not on the page.
  await expect(pageA.getByRole('status').filter({ hasText: 'Synced just now.' })).toBeFocused({ timeout: 15_000 });
  await expect(pageA.getByLabel('Pairing link')).toHaveCount(0);
  await pageA.getByRole('button', { name: 'Show the pairing link' }).click();
  await expect(pageA.getByText('Anyone with this link or code can read everything you sync.')).toBeVisible();
  await expect(pageA.getByRole('textbox', { name: 'Pairing link' })).toBeFocused();
  const link = await pageA.getByLabel('Pairing link').inputValue();
  // The code is also how the synced copy comes back when every device is lost.
  const code = (await pageA.locator('code').textContent()) ?? '';
  await expect(pageA.getByText('This code is also how you get your synced data back if you lose every device')).toBeVisible();
  await expectAccessible(pageA, 'devices, pairing link shown');
  await pageA.getByRole('button', { name: 'Hide the pairing link' }).click();
  await expect(pageA.getByRole('button', { name: 'Show the pairing link' })).toBeFocused();
  expect(await pageA.evaluate(() => document.activeElement?.textContent)).toBe('Show the pairing link');
  expect(link).toMatch(/\/pair#[0-9A-Z]{4}(-[0-9A-Z]{4}){13}$/);

  // B opens the link: the code leaves the address at once; linking keeps what B holds and syncs.
  await pageB.goto(link);
  await expect(pageB.getByRole('heading', { level: 1, name: 'Link this device' })).toBeVisible();
  expect(new URL(pageB.url()).hash).toBe('');
  await expectAccessible(pageB, 'pairing', 1280);
  await pageB.getByRole('button', { name: 'Link this device' }).click();
  await expect(pageB.getByRole('status').filter({ hasText: 'Linked. This device now syncs with your other devices.' })).toBeFocused({ timeout: 15_000 });
  await pageB.getByRole('link', { name: 'Open Your devices' }).click();
  await expect(pageB.getByRole('button', { name: 'Sync now' })).toBeVisible();
  // Deleting everything on a syncing device says what it leaves: the server's copy, links, other devices.
  await pageB.goto('/privacy');
  await expect(pageB.getByRole('region', { name: 'Delete everything' })).toContainText(
    'This device syncs. Deleting here leaves the synced copy on the server, your share links and your other devices as they are.',
  );

  // Each opens the screen it will change, then both go offline.
  await pageA.goto('/plan/part/reasons');
  await pageB.goto('/check-in');
  await readyOffline(pageA);
  await readyOffline(pageB);
  await a.setOffline(true);
  await b.setOffline(true);

  await pageA.getByLabel('In your words').fill(PLAN_WORDS);
  await pageA.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(pageA.getByRole('status').filter({ hasText: 'Added to your plan.' })).toBeVisible();

  await pageB.getByRole('group', { name: 'Urge to self-harm today' }).getByRole('button', { name: '3', exact: true }).click();
  await pageB.getByRole('group', { name: 'Did you self-harm today?' }).getByRole('button', { name: 'No' }).click();
  await pageB.getByLabel('Note (optional)').fill(NOTE_WORDS);
  await pageB.getByRole('button', { name: 'Save check-in' }).click();
  await expect(pageB.getByRole('status').filter({ hasText: 'Saved. Thank you for checking in.' })).toBeVisible();
  const dayB = await localDay(pageB);

  // Offline, a sync says so plainly and keeps everything.
  await pageA.goto('/devices');
  await pageA.getByRole('button', { name: 'Sync now' }).click();
  await expect(
    pageA.getByRole('status').filter({ hasText: 'Couldn’t reach the server. Your changes are kept here and will sync when it’s back.' }),
  ).toBeVisible();

  // Back online, each device's background sync carries its change; each shows the other's.
  await a.setOffline(false);
  await expect(pageA.getByRole('status').filter({ hasText: 'Synced just now.' })).toBeVisible({ timeout: 15_000 });
  await b.setOffline(false);
  await pageB.goto('/plan/part/reasons');
  await expect(pageB.getByText(PLAN_WORDS)).toBeVisible({ timeout: 20_000 });

  await expect(async () => {
    await pageA.goto(`/check-in/${dayB}`);
    await expect(pageA.getByLabel('Note (optional)')).toHaveValue(NOTE_WORDS, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });

  // Every device lost: a new one (Berlin) gets everything back by typing the code alone.
  const c = await browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
  errors.push(watchErrors(c));
  const pageC = await c.newPage();
  await pageC.goto('/devices');
  await pageC.getByRole('textbox', { name: 'Pairing link or code' }).fill(code);
  await pageC.getByRole('button', { name: 'Link this device' }).click();
  await expect(pageC.getByRole('status').filter({ hasText: 'Synced just now.' })).toBeVisible({ timeout: 20_000 });
  await pageC.goto('/plan/part/reasons');
  await expect(pageC.getByText(PLAN_WORDS)).toBeVisible({ timeout: 20_000 });
  await c.close();

  // The server's tables, row by row, and its files (database and journal) as bytes: the records are there,
  // sealed, and none of the words typed.
  const tables = JSON.stringify(await sqliteRawTables(join(e2eDataDir, 'ebb.sqlite')), (_key, value: unknown) =>
    value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value,
  );
  const files = readdirSync(e2eDataDir).map((name) => readFileSync(join(e2eDataDir, name)).toString('latin1'));
  const raw = (files.join('') + tables).toLowerCase();
  expect(pushedIds.length).toBeGreaterThan(0);
  expect(pushedIds.every((id) => tables.includes(id))).toBe(true);
  for (const word of [...PLAN_WORDS.split(' '), ...NOTE_WORDS.split(' ')].filter((w) => w.length > 4)) {
    expect(raw).not.toContain(word.toLowerCase());
  }

  // A turns sync off and deletes the server copy; B is told plainly at its next sync, and keeps everything.
  // A shares its plan by link before deleting the server's copy.
  await pageA.goto('/links');
  await pageA.getByRole('radio', { name: 'My plan' }).check();
  await pageA.getByRole('radio', { name: '1 day', exact: true }).check();
  await pageA.getByRole('button', { name: 'Make link' }).click();
  await expect(pageA.getByText(/^Your link is ready\. It works until /)).toBeVisible();
  await pageA.goto('/devices');
  // Deleting the server's copy ends the account's share links too: the choice, the question and the answer say so.
  await pageA.getByRole('checkbox', { name: /^Also delete the copy on the server .*your share links stop working/ }).check();
  await pageA.getByRole('button', { name: 'Turn off sync' }).click();
  await expect(pageA.getByText(/^Turn off sync and delete the copy on the server\? .*every share link you made will stop working\./)).toBeVisible();
  await pageA.getByRole('button', { name: 'Yes, turn off sync' }).click();
  await expect(
    pageA.getByRole('status').filter({ hasText: 'Sync is off and the copy on the server is deleted, so your share links have stopped working.' }),
  ).toBeFocused();
  await expect(pageA.getByRole('button', { name: 'Turn on sync' })).toBeVisible();
  // The link went with the account, and the Share links screen says it has stopped.
  await pageA.goto('/links');
  await expect(pageA.getByRole('listitem', { name: 'My plan' })).toContainText('Stopped. Nobody can open it now.');
  await pageB.goto('/devices');
  await expect(pageB.getByRole('alert')).toHaveText(
    /^Sync was turned off on another of your devices, and the copy on the server was deleted, so your share links have stopped working too\. Nothing on this device was deleted\./,
    {
      timeout: 15_000,
    },
  );
  await expect(pageB.getByRole('button', { name: 'Turn on sync' })).toBeVisible();
  await pageB.goto('/plan/part/reasons');
  await expect(pageB.getByText(PLAN_WORDS)).toBeVisible();

  expect(errors).toEqual([[], [], []]);
  await a.close();
  await b.close();
});
