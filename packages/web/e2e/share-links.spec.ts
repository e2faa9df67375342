// Share links end to end: the person fills in the "How to support me" card and makes a link; someone else,
// in a fresh browser in another time zone, opens it and reads the card and the guide for supporters with
// nothing kept on their device; the person sees it was opened and stops it, and the link then says so. An
// expired link says the same. The server's raw tables never hold a word of what was shared. A second link
// opened in the same tab shows the second link's content, never the first one's.
import { type Browser, type BrowserContext, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { emptyPlan } from '@ebb/core';
import { expect, test } from './page-errors.ts';
import { whenSaved } from './raw-idb.ts';
import { putSealedRecords } from './seal-raw.ts';
import { e2eDataDir } from './server-data.ts';
import { expectAccessible } from './axe.ts';

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

const WARNING = 'I go quiet and stop eating';
const SAY = 'Sit with me and put the TV on';
const EMERGENCY = 'Emergency (Germany): 112';
const ELSEWHERE =
  'These are the numbers for one country: Germany. If you’re somewhere else, Help now at the top of this page has the numbers for where you are.';
const plan = { ...emptyPlan(), sections: { ...emptyPlan().sections, 'warning-signs': [{ text: WARNING }] } };

/** Fills in the card through its screen, as the person would: a part of the plan and words of their own. */
async function fillInCard(page: Page) {
  await page.goto('/plan');
  await putSealedRecords(page, [{ type: 'plan', id: 'current', stored: { v: 3, data: plan } }]);
  await page.goto('/plan/support');
  await whenSaved(page, 'support-card', () => page.getByRole('checkbox', { name: /My warning signs/ }).check());
  await whenSaved(page, 'support-card', () => page.getByRole('checkbox', { name: /What to say, and what not to say/ }).check());
  await page.getByLabel('In your words').first().fill(SAY);
  await whenSaved(page, 'support-card', () => page.getByRole('button', { name: 'Add', exact: true }).first().click());
  await expect(page.getByRole('article', { name: 'How to support me' })).toContainText(SAY);
}

async function makeLink(page: Page, howLong: string, what = 'How to support me, with the guide for supporters'): Promise<string> {
  await page.getByRole('radio', { name: what }).check();
  await page.getByRole('radio', { name: howLong, exact: true }).check();
  await page.getByRole('button', { name: 'Make link' }).click();
  // Focus goes to the news, not to the page's end.
  await expect(page.getByText(/^Your link is ready\. It works until /)).toBeFocused();
  const link = await page.getByRole('textbox', { name: 'The link' }).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/share#[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
  return link;
}

/** A fresh profile somewhere else: its uncaught page errors fail the test like the person's own. */
async function viewerProfile(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const { baseURL } = test.info().project.use;
  const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), timezoneId: 'Asia/Tokyo', locale: 'en-GB' });
  const errors: string[] = [];
  context.on('weberror', (error) => errors.push(String(error.error())));
  return { context, page: await context.newPage(), errors };
}

/** Every table of the server's SQLite file, every value as text (bytes read as Latin-1, so no word hides in them). */
function rawServerTables(): string {
  const db = new Database(join(e2eDataDir, 'ebb.sqlite'), { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
    return tables
      .flatMap(({ name }) => db.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>)
      .flatMap((row) => Object.values(row).map((value) => (Buffer.isBuffer(value) ? value.toString('latin1') : String(value))))
      .join('\n');
  } finally {
    db.close();
  }
}

test('a support card link opens in another profile with nothing kept there, counts its view, and stops when stopped', async ({ page, browser }) => {
  await fillInCard(page);
  await page.getByRole('link', { name: 'Share by link' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Share links' })).toBeVisible();
  await expect(page.getByText('Anyone who has the link can read this until it stops. The server keeps it locked and can’t read it.')).toBeVisible();
  const link = await makeLink(page, '1 day');

  const viewer = await viewerProfile(browser);
  await viewer.page.goto(link);
  await expect(viewer.page.getByRole('heading', { level: 1, name: 'Shared with you' })).toBeVisible();
  const card = viewer.page.getByRole('article', { name: 'How to support me' });
  await expect(card).toContainText(WARNING);
  await expect(card).toContainText(SAY);
  await expect(card).toContainText('For the people supporting me');
  await expect(viewer.page.getByRole('article', { name: 'A guide for the people who help' })).toBeVisible();
  // The sharer's emergency number says whose it is: this viewer is in Japan.
  await expect(card.getByRole('listitem').filter({ hasText: /^Emergency \(/ })).toHaveText(EMERGENCY);
  await expect(viewer.page.getByText(ELSEWHERE)).toBeVisible();
  // Crisis help is still a tap away, and there is no way "back" into an app the viewer does not use.
  await expect(viewer.page.getByRole('link', { name: 'Help now' })).toBeVisible();
  await expect(viewer.page.getByRole('link', { name: /^Back to/ })).toHaveCount(0);
  // Help now keeps every number; Ride it out is for the person using Ebb, so it is not offered to a reader.
  await viewer.page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
  const helpNow = viewer.page.getByRole('dialog', { name: 'Help now' });
  await expect(helpNow.getByRole('link', { name: /^Call / }).first()).toBeVisible();
  await expect(helpNow.getByRole('link', { name: 'Ride it out' })).toHaveCount(0);
  await viewer.page.keyboard.press('Escape');
  // Nothing is kept on the viewer's device: no database, no cache, no service worker, nothing in localStorage.
  await viewer.page.waitForTimeout(500);
  const kept = await viewer.page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    localStorage: localStorage.length,
  }));
  expect(kept).toEqual({ databases: [], caches: [], workers: 0, localStorage: 0 });

  // The person sees it was opened once, then stops it.
  await page.reload();
  const item = page.getByRole('listitem', { name: 'How to support me' });
  await expect(item).toContainText('Opened 1 time');
  await expect(item).toContainText(/Works until /);
  await item.getByRole('button', { name: 'Stop this link now' }).click();
  await expect(item.getByRole('group')).toContainText('Stop this link? Anyone who opens it afterwards will be told it has stopped.');
  await expect(item.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(item.getByRole('button', { name: 'Stop this link now' })).toBeFocused();
  await page.keyboard.press('Enter');
  await item.getByRole('button', { name: 'Yes, stop it' }).click();
  await expect(item).toContainText('Stopped. Nobody can open it now.');
  await expect(item.getByRole('button', { name: 'Remove from this list' })).toBeVisible();

  await viewer.page.reload();
  await expect(viewer.page.getByRole('alert')).toHaveText('This link has stopped working. Ask the person who sent it for a new one.');
  await expect(viewer.page.getByRole('article', { name: 'How to support me' })).toHaveCount(0);

  const raw = rawServerTables();
  expect(raw).toContain('\n');
  for (const words of [WARNING, SAY, 'quiet', 'TV', 'For the people supporting me']) expect(raw).not.toContain(words);
  expect(viewer.errors).toEqual([]);
  await viewer.context.close();
});

test('an expired link says it has stopped, and a damaged one says so', async ({ page, browser }) => {
  await fillInCard(page);
  await page.goto('/links');
  // Offline: said next to the button, and nothing is made.
  await expect(page.getByRole('button', { name: 'Make link' })).toBeVisible();
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Make link' }).click();
  await expect(page.getByRole('alert')).toHaveText('The link wasn’t made: this device is offline. Nothing was sent. Try again when you’re connected.');
  await expect(page.getByRole('button', { name: 'Make link' })).toHaveAccessibleDescription(/this device is offline/);
  await page.context().setOffline(false);
  const link = await makeLink(page, '1 hour');

  // Online, but the server gives no answer: the server is named, not this device.
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await page.getByRole('button', { name: 'Make link' }).click();
  await expect(page.getByRole('alert')).toHaveText('The link wasn’t made: the server didn’t answer. Nothing was lost. Try again in a moment.');
  const item = page.getByRole('listitem', { name: 'How to support me' });
  await item.getByRole('button', { name: 'Stop this link now' }).click();
  await item.getByRole('button', { name: 'Yes, stop it' }).click();
  await expect(item.getByRole('status')).toHaveText('The link wasn’t stopped: the server didn’t answer. It still works. Try again.');
  // Only the newest failure is said: the one beside Make link is gone.
  await expect(page.getByText(/^The link wasn’t made/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Make link' }).click();
  await expect(page.getByRole('alert')).toHaveText(/the server didn’t answer/);
  await expect(item).not.toContainText('The link wasn’t stopped');
  await page.unroute('**/api/**');
  const id = link.split('#')[1]?.split('.')[0] ?? '';

  const db = new Database(join(e2eDataDir, 'ebb.sqlite'));
  try {
    expect(db.prepare('UPDATE shares SET expires_at = ? WHERE id = ?').run(Date.now() - 1000, id).changes).toBe(1);
  } finally {
    db.close();
  }

  const viewer = await viewerProfile(browser);
  // The connection drops as it opens: said, with a way to try again.
  await viewer.page.route('**/api/shares/*', async (route) => {
    await viewer.context.setOffline(true);
    await route.abort('internetdisconnected');
  });
  await viewer.page.goto(link);
  await expect(viewer.page.getByRole('alert')).toHaveText('This can’t be opened without a connection. Try again when you’re online.');
  await viewer.page.unroute('**/api/shares/*');
  await viewer.context.setOffline(false);
  await viewer.page.getByRole('button', { name: 'Try again' }).click();
  await expect(viewer.page.getByRole('alert')).toHaveText('This link has stopped working. Ask the person who sent it for a new one.');
  await viewer.page.goto(link.slice(0, -6));
  await viewer.page.reload();
  await expect(viewer.page.getByRole('alert')).toHaveText('This link looks damaged: part of it may be missing. Ask the person who sent it to copy it again.');
  expect(viewer.errors).toEqual([]);
  await viewer.context.close();
});

test('the plan and a summary open read-only too, and both screens pass axe at phone width', async ({ page, browser }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await fillInCard(page);
  await page.goto('/links');
  await page.getByRole('radio', { name: 'A summary for my clinician' }).check();
  await expect(page.getByRole('group', { name: 'Which days the summary covers' })).toBeVisible();
  await page.getByRole('radio', { name: 'The last 7 days' }).check();
  const summaryLink = await makeLink(page, '7 days', 'A summary for my clinician');
  const planLink = await makeLink(page, '30 days', 'My plan');
  await expect(page.getByRole('listitem')).toHaveCount(2);
  await expectAccessible(page, 'share links with two links');

  const viewer = await viewerProfile(browser);
  await viewer.page.setViewportSize({ width: 360, height: 740 });
  await viewer.page.goto(planLink);
  const shown = viewer.page.getByRole('article', { name: 'Their plan' });
  await expect(shown).toContainText(WARNING);
  await expect(shown).not.toContainText(SAY);
  await expectAccessible(viewer.page, 'a shared plan');
  // A jump within the page ("Skip to content") is not another link: the plan stays.
  await viewer.page.evaluate(
    () =>
      new Promise((done) => {
        addEventListener('hashchange', done, { once: true });
        location.hash = '#main';
      }),
  );
  await expect(shown).toContainText(WARNING);

  // A second link in the same tab (only the fragment changes, so no reload): the plan goes, the summary opens.
  await viewer.page.evaluate((hash) => (location.hash = hash), new URL(summaryLink).hash);
  await expect(viewer.page.getByRole('article', { name: 'Their plan' })).toHaveCount(0);
  await expect(viewer.page.getByRole('article', { name: 'Diary card summary' })).toBeVisible();
  await expect(viewer.page.getByRole('article', { name: 'Diary card summary' })).not.toContainText(WARNING);
  await expectAccessible(viewer.page, 'a shared summary');
  expect(viewer.errors).toEqual([]);
  await viewer.context.close();
});
