// Two tabs saving the same kind of record within a few milliseconds of each other: every record is saved
// read-modify-write under one lock, so both changes survive, for every kind of record Ebb keeps.
import { type BrowserContext, type Locator, type Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import { waitForRecord } from './raw-idb.ts';

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

/** Uncaught errors in any tab fail the test. */
const pageErrors: Error[] = [];
test.beforeEach(({ context }) => {
  pageErrors.length = 0;
  context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(error)));
});
test.afterEach(() => expect(pageErrors).toEqual([]));

/** Two tabs of one browser, each open at its address and ready. */
async function twoTabs(context: BrowserContext, pathA: string, pathB: string): Promise<[Page, Page]> {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(pathA);
  await b.goto(pathB);
  await expect(a.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(b.getByRole('heading', { level: 1 })).toBeVisible();
  return [a, b];
}

/**
 * Both tabs act at the same moment, so neither has heard of the other's change when it saves its own: each
 * control is clicked at one shared instant (the tabs share the machine's clock), so the two saves start
 * within a millisecond or two of each other rather than one Playwright action apart.
 */
async function clickTogether(...controls: Locator[]): Promise<void> {
  const moment = Date.now() + 800;
  await Promise.all(controls.map((control) => control.evaluate((el, at) => void setTimeout(() => (el as HTMLElement).click(), at - Date.now()), moment)));
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, moment - Date.now()) + 300));
}

/**
 * Reads what was kept in a third tab, loading it again until `check` passes: the writing tabs are never
 * reloaded, so no save still under way is cut short.
 */
async function readBack(context: BrowserContext, path: string, check: (page: Page) => Promise<void>): Promise<void> {
  const reader = await context.newPage();
  await expect(async () => {
    await reader.goto(path);
    await check(reader);
  }).toPass({ timeout: 15_000 });
}

test('the plan: a part added in each tab at once, both kept', async ({ context }) => {
  const [a, b] = await twoTabs(context, '/plan/part/warning-signs', '/plan/part/reasons');
  await b.getByLabel('In your words').fill('My little brother');
  await clickTogether(a.getByRole('button', { name: 'Add: Pulling away from people' }), b.getByRole('button', { name: 'Add', exact: true }));
  for (const page of [a, b]) await expect(page.getByRole('status').filter({ hasText: 'Added to your plan.' })).toBeVisible();
  await readBack(context, '/plan/print', async (page) => {
    await expect(page.getByText('Pulling away from people')).toBeVisible({ timeout: 1000 });
    await expect(page.getByText('My little brother')).toBeVisible({ timeout: 1000 });
  });
});

test('the support card: a part chosen in each tab at once, both kept', async ({ context }) => {
  const [a, b] = await twoTabs(context, '/plan/support', '/plan/support');
  await clickTogether(a.getByRole('checkbox', { name: /^My warning signs/ }), b.getByRole('checkbox', { name: /^Who to call/ }));
  await readBack(context, '/plan/support', async (page) => {
    await expect(page.getByRole('checkbox', { name: /^My warning signs/ })).toBeChecked({ timeout: 1000 });
    await expect(page.getByRole('checkbox', { name: /^Who to call/ })).toBeChecked({ timeout: 1000 });
  });
});

test('settings: a different setting changed in each tab at once, both kept', async ({ context }) => {
  const [a, b] = await twoTabs(context, '/settings', '/settings');
  await clickTogether(a.getByRole('radio', { name: 'Dark' }), b.getByRole('radio', { name: 'Large', exact: true }));
  await readBack(context, '/settings', async (page) => {
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked({ timeout: 1000 });
    await expect(page.getByRole('radio', { name: 'Large', exact: true })).toBeChecked({ timeout: 1000 });
  });
});

test('skill preferences: a favourite in each tab at once, both kept', async ({ context }) => {
  const [a, b] = await twoTabs(context, '/skills/paced-breathing', '/skills/tip-temperature');
  await clickTogether(a.getByRole('button', { name: 'Favourite' }), b.getByRole('button', { name: 'Favourite' }));
  for (const page of [a, b]) await expect(page.getByRole('button', { name: 'Favourite' })).toHaveAttribute('aria-pressed', 'true');
  await readBack(context, '/skills', async (page) => {
    const favourites = page.getByRole('region', { name: 'Favourites' });
    await expect(favourites.getByRole('link', { name: /Paced breathing/ })).toBeVisible({ timeout: 1000 });
    await expect(favourites.getByRole('link', { name: /Cool water on your face/ })).toBeVisible({ timeout: 1000 });
  });
});

test('the diary’s set-up: a different question turned on in each tab at once, both kept', async ({ context }) => {
  const [a, b] = await twoTabs(context, '/check-in', '/check-in');
  for (const page of [a, b]) await page.getByText('Set up my diary card').click();
  await clickTogether(a.getByRole('checkbox', { name: 'Ask about medication' }), b.getByRole('checkbox', { name: 'Ask about therapy' }));
  await readBack(context, '/check-in', async (page) => {
    await page.getByText('Set up my diary card').click();
    await expect(page.getByRole('checkbox', { name: 'Ask about medication' })).toBeChecked({ timeout: 1000 });
    await expect(page.getByRole('checkbox', { name: 'Ask about therapy' })).toBeChecked({ timeout: 1000 });
  });
});

test('check-ins: two days of one month saved in two tabs at once, both kept', async ({ context }) => {
  const a = await context.newPage();
  // Two days of the same month, in the browser's own calendar.
  await a.goto('/');
  const [first, second] = await a.evaluate(() => {
    const now = new Date();
    const day = (d: number) => `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return now.getDate() === 1 ? [day(1), day(1)] : [day(now.getDate() - 1), day(1)];
  });
  await a.close();
  const [x, y] = await twoTabs(context, `/check-in/${first}`, `/check-in/${second}`);
  const tabs = first === second ? [x] : [x, y];
  for (const page of tabs) await page.getByRole('group', { name: 'Did you self-harm today?' }).getByRole('button', { name: 'No' }).click();
  await clickTogether(...tabs.map((page) => page.getByRole('button', { name: 'Save check-in' })));
  for (const page of tabs) await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  for (const day of [first, second]) {
    await readBack(context, `/check-in/${day}`, async (page) => {
      await expect(page.getByRole('group', { name: 'Did you self-harm today?' }).getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'true', {
        timeout: 1000,
      });
    });
  }
});

test('urge episodes: an urge ridden out in each tab at once, step by step, both kept', async ({ context }) => {
  const [a, b] = await twoTabs(context, '/ride', '/ride');
  const both = (find: (page: Page) => Locator) => clickTogether(find(a), find(b));
  await both((page) => page.getByRole('button', { name: '6', exact: true }));
  await both((page) => page.getByRole('button', { name: 'Skip' }));
  await both((page) => page.getByRole('button', { name: /^Start: / }).first());
  await both((page) => page.getByRole('button', { name: 'I’ve finished this skill' }));
  await both((page) => page.getByRole('button', { name: '2', exact: true }));
  await both((page) => page.getByRole('button', { name: 'It has eased, I’m done' }));
  for (const page of [a, b]) await expect(page.getByRole('heading', { level: 1, name: 'You rode it out' })).toBeVisible();
  await readBack(context, '/progress', async (page) => {
    await expect(page.getByRole('definition').first()).toHaveText('2', { timeout: 1000 });
  });
});

test('journal entries: one written in each tab at once, both kept', async ({ context }) => {
  const [a, b] = await twoTabs(context, '/journal/new', '/journal/new');
  await a.getByLabel('Your entry').fill('Morning by the canal');
  await b.getByLabel('Your entry').fill('Evening call with Jo');
  await clickTogether(a.getByRole('button', { name: 'Save entry' }), b.getByRole('button', { name: 'Save entry' }));
  for (const page of [a, b]) await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await readBack(context, '/journal', async (page) => {
    await expect(page.getByText('Morning by the canal')).toBeVisible({ timeout: 1000 });
    await expect(page.getByText('Evening call with Jo')).toBeVisible({ timeout: 1000 });
  });
});

test('people: one added in each tab at once, both kept', async ({ context }) => {
  const [a, b] = await twoTabs(context, '/contacts', '/contacts');
  await a.getByLabel('Name').fill('Tala');
  await b.getByLabel('Name').fill('Oak');
  await clickTogether(a.getByRole('button', { name: 'Add' }), b.getByRole('button', { name: 'Add' }));
  await expect(a.getByRole('status').filter({ hasText: 'Tala saved.' })).toBeVisible();
  await expect(b.getByRole('status').filter({ hasText: 'Oak saved.' })).toBeVisible();
  await readBack(context, '/contacts', async (page) => {
    await expect(page.getByRole('heading', { name: 'Tala' })).toBeVisible({ timeout: 1000 });
    await expect(page.getByRole('heading', { name: 'Oak' })).toBeVisible({ timeout: 1000 });
  });
});

test('goals: a different step ticked in each tab at once, both kept', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('/progress');
  await a.getByLabel('Goal', { exact: true }).fill('Sleep better');
  await a.getByLabel('Small steps, one per line').fill('Phone out of the bedroom\nIn bed by eleven');
  await a.getByRole('button', { name: 'Add goal' }).click();
  await waitForRecord(a, 'goal');
  await a.close();
  const [x, y] = await twoTabs(context, '/progress', '/progress');
  await clickTogether(x.getByRole('checkbox', { name: 'Phone out of the bedroom' }), y.getByRole('checkbox', { name: 'In bed by eleven' }));
  for (const page of [x, y]) await expect(page.getByRole('status').filter({ hasText: /Step done|Goal reached/ })).toBeVisible();
  await readBack(context, '/progress', async (page) => {
    await expect(page.getByRole('checkbox', { name: 'Phone out of the bedroom' })).toBeChecked({ timeout: 1000 });
    await expect(page.getByRole('checkbox', { name: 'In bed by eleven' })).toBeChecked({ timeout: 1000 });
  });
});
