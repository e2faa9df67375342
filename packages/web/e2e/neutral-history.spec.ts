// What the browser's history keeps of Ebb: on every screen, with an own skill and a journal entry open too,
// the title and address name the screen in plain words only, never what it is about nor the person's own
// words; in discreet mode every title is "Notes" and every address "/".
import { type Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import { screens } from './routes.ts';
import { waitForRecord, whenSaved } from './raw-idb.ts';

const TELLING = /slip|harm|hurt|urge|suicid|ride|cut|trigger|warning|\/reflect|own-/i;
const OWN_SKILL = 'Walk the dog by the pier';
const OWN_ENTRY = 'Sunday with Mira at the lido';

/** Fails the test on any uncaught error in the page. */
function watchErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

/** Adds an own skill and a journal entry, and returns the addresses of both as the app links to them. */
async function addOwnWords(page: Page): Promise<string[]> {
  await page.goto('/skills');
  await page.getByLabel('Name').fill(OWN_SKILL);
  await page.getByLabel('Steps, one per line').fill('Get the lead\nDown to the water');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await waitForRecord(page, 'skill-prefs');
  const skill =
    (await page
      .getByRole('link', { name: new RegExp(OWN_SKILL) })
      .first()
      .getAttribute('href')) ?? '';

  await page.goto('/journal/new');
  await page.getByLabel('Your entry').fill(OWN_ENTRY);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.getByRole('link', { name: 'All entries' }).click();
  const entry =
    (await page
      .getByRole('link', { name: /^Open the entry from / })
      .first()
      .getAttribute('href')) ?? '';
  expect(skill).toMatch(/^\/skills\/own-/);
  expect(entry).toMatch(/^\/journal\/[0-9a-f-]+$/);
  return [skill, entry];
}

/** What the browser keeps right now: the title, the address, and every entry of this tab's history. */
async function kept(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { entries } = (await cdp.send('Page.getNavigationHistory')) as { entries: Array<{ url: string; title: string }> };
  await cdp.detach();
  return [await page.title(), page.url(), ...entries.flatMap((e) => [e.title, e.url])];
}

function expectNeutral(seen: readonly string[], where: string): void {
  for (const text of seen) {
    expect(text, `${where}: ${text}`).not.toMatch(TELLING);
    expect(text, `${where}: ${text}`).not.toMatch(/pier|Mira|lido|dog/i);
  }
}

const everyAddress = (own: readonly string[]) => [
  ...screens.map((s) => s.path),
  ...own,
  '/slip',
  '/reflect/5b1c2e3d-0d3a-4f55-9a77-9b2f4c1e4f60',
  '/help',
  '/check-in/2026-11-02',
];

test('every screen’s title and address are neutral, own skill and entry included', async ({ page }) => {
  const errors = watchErrors(page);
  const own = await addOwnWords(page);

  for (const path of everyAddress(own)) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The own skill's heading is the person's words; the title stays plain.
    if (path === own[0]) await expect(page.getByRole('heading', { level: 1, name: OWN_SKILL })).toBeVisible();
    await expect(page).toHaveTitle(/^([A-Z][a-z-]*( [a-z]+)? · )?Ebb$/);
    expectNeutral(await kept(page), path);
  }

  // Moving inside the app keeps one plain entry: Ride it out from Home, then the own skill from Skills.
  await page.goto('/');
  await page.getByRole('link', { name: /^Ride it out/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ride it out' })).toBeVisible();
  await expect(page).toHaveTitle('A pause · Ebb');
  await expect(page).toHaveURL(/\/pause$/);
  // A reload (a pull to refresh) stays in Ride it out.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Ride it out' })).toBeVisible();
  await page.goto('/skills');
  await page
    .getByRole('link', { name: new RegExp(OWN_SKILL) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: OWN_SKILL })).toBeVisible();
  await expect(page).toHaveTitle('Skill · Ebb');
  await expect(page).toHaveURL(/\/skills$/);
  expectNeutral(await kept(page), 'in-app moves');

  // The installed app's /help shortcut still opens Help now, at a plain address.
  await page.goto('/help');
  await expect(page.getByRole('dialog', { name: 'Help now' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);

  // A plan part opens again after a reload, from its number.
  await page.goto('/plan/part/triggers');
  await expect(page).toHaveURL(/\/plan\/part\/8$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My triggers' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('in discreet mode every title is “Notes” and every address “/”', async ({ page }) => {
  const errors = watchErrors(page);
  const own = await addOwnWords(page);
  await page.goto('/privacy');
  await whenSaved(page, 'settings', () => page.getByRole('checkbox', { name: /Show “Notes” as the name/ }).check());

  for (const path of everyAddress(own)) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).toHaveTitle('Notes');
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expectNeutral(await kept(page), path);
  }
  expect(errors).toEqual([]);
});
