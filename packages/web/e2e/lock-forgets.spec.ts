// Locking forgets what was decrypted: after "Lock now", the person's own skill names and journal words are
// neither on the page nor anywhere in the page's memory (a heap snapshot, taken after garbage collection,
// holds every string the app can still reach — its signals and cached computed values included).
import { expect, test } from './page-errors.ts';
import { setPassphrase } from './passcode.ts';
import { waitForRecord } from './raw-idb.ts';
import { reachableStrings } from './reachable-strings.ts';

const OWN_SKILL = 'Humming with Juniperwood';
const JOURNAL_WORDS = 'Saltmarsh evening with Orlaith';

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
test.afterEach(() => expect(pageErrors).toEqual([]));

test('after locking, no own skill name or journal text is on the page or reachable in memory', async ({ page }) => {
  test.setTimeout(60_000);
  await setPassphrase(page, 'the tide comes back');

  // From here on the page is never reloaded: only in-app links, so what was decrypted stays in this page.
  await page.getByRole('banner').getByRole('link', { name: 'Ebb' }).click();
  await page.getByRole('link', { name: /^Skills/ }).click();
  await page.getByRole('button', { name: 'Add skill' }).click();
  await page.getByLabel('Name').fill(OWN_SKILL);
  await page.getByLabel('Steps, one per line').fill('Sit by the window\nHum one song');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await expect(page.getByText(`${OWN_SKILL} added. It will be suggested in Ride it out.`)).toBeVisible();
  await waitForRecord(page, 'skill-prefs');
  await expect(page.getByRole('region', { name: 'All skills' }).getByRole('link', { name: new RegExp(OWN_SKILL) })).toBeVisible();

  await page.getByRole('banner').getByRole('link', { name: 'Ebb' }).click();
  await page.getByRole('link', { name: /^Journal/ }).click();
  await page.getByRole('link', { name: 'New entry' }).click();
  await page.getByLabel('Your entry').fill(JOURNAL_WORDS);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.getByRole('link', { name: 'All entries' }).click();
  await expect(page.getByText(JOURNAL_WORDS)).toBeVisible();

  // Before locking the words are in memory: the snapshot search below can find them.
  const before = await reachableStrings(page);
  expect(before).toContain(OWN_SKILL);
  expect(before).toContain(JOURNAL_WORDS);

  await page.getByRole('banner').getByRole('link', { name: 'Ebb' }).click();
  await page.getByRole('link', { name: /^Privacy and security/ }).click();
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ebb is locked' })).toBeVisible();

  const html = await page.content();
  expect(html).not.toContain(OWN_SKILL);
  expect(html).not.toContain(JOURNAL_WORDS);
  const after = await reachableStrings(page);
  expect(after.includes(OWN_SKILL), 'own skill name still reachable after locking').toBe(false);
  expect(after.includes(JOURNAL_WORDS), 'journal words still reachable after locking').toBe(false);
});
