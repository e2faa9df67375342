// Nothing typed is lost: words typed and not saved stay as an encrypted draft through leaving the screen,
// a reload and moving on in the plan; saving removes the draft, and "Discard draft" removes it with Undo.
import type { Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import { setPassphrase } from './passcode.ts';
import { readRawRecords } from './raw-idb.ts';
import { reachableStrings } from './reachable-strings.ts';

// Outside the UK and US: nothing here depends on the clock, and this keeps it so.
test.use({ timezoneId: 'Asia/Kolkata' });

const drafts = async (page: Page) => (await readRawRecords(page)).filter((r) => r.type === 'draft');
/** Waits until the draft has been written (typing pauses for a moment first). */
const draftStored = (page: Page, count = 1) => expect.poll(async () => (await drafts(page)).length).toBe(count);
const home = (page: Page) => page.getByRole('banner').getByRole('link', { name: /Ebb|Home/ });

test('a new journal entry survives leaving for Home, and a reload, and is gone once saved', async ({ page }) => {
  const words = 'The bus was late and I felt everyone staring';
  await page.goto('/journal/new');
  await page.getByLabel('Your entry').fill(words);
  await page.getByLabel('Triggers (optional, separated by commas)').fill('crowds');
  await expect(page.getByText('Not saved yet.', { exact: false })).toBeVisible();

  // Straight away, before the draft's pause is over: leaving writes it.
  await home(page).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/entry/i);
  await draftStored(page);
  const raw = (await drafts(page)).map((r) => r.bytes).join('');
  expect(raw).not.toContain('staring');
  expect(raw).not.toContain('crowds');

  await page.goto('/journal/new');
  await expect(page.getByLabel('Your entry')).toHaveValue(words);
  await expect(page.getByLabel('Triggers (optional, separated by commas)')).toHaveValue('crowds');
  await expect(page.getByRole('status').filter({ hasText: 'Your words from last time are back.' })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Your entry')).toHaveValue(words);

  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await draftStored(page, 0);
  await page.goto('/journal/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New journal entry' })).toBeVisible();
  await expect(page.getByLabel('Your entry')).toHaveValue('');
});

test('Discard draft empties the form without asking, and Undo brings the words back', async ({ page }) => {
  await page.goto('/journal/new');
  await page.getByLabel('Your entry').fill('Not sure I want to keep this');
  await draftStored(page);
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.getByLabel('Your entry')).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: 'Draft discarded.' })).toBeVisible();
  await draftStored(page, 0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Your entry')).toHaveValue('Not sure I want to keep this');
  await draftStored(page);

  await page.getByRole('button', { name: 'Discard draft' }).click();
  await draftStored(page, 0);
  await page.reload();
  await expect(page.getByLabel('Your entry')).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Discard draft' })).toHaveCount(0);
});

test('words typed in a plan part stay through Skip for now and Back, and leave the draft once added', async ({ page }) => {
  await page.goto('/plan/part/reasons');
  await page.getByLabel('In your words').fill('Seeing my niece grow up');
  const parts = page.getByRole('navigation', { name: 'Move between the parts of your plan' });
  await parts.getByRole('link', { name: 'Skip for now' }).click();
  await expect(page.getByLabel('In your words')).toHaveValue('');
  await draftStored(page);
  expect((await drafts(page)).map((r) => r.bytes).join('')).not.toContain('niece');

  await parts.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page.getByLabel('In your words')).toHaveValue('Seeing my niece grow up');
  await expect(page.getByRole('status').filter({ hasText: 'Your words from last time are back.' })).toBeVisible();
  await expect(page.getByText('Nothing here yet', { exact: false })).toBeVisible(); // kept as a draft, not added for them

  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to your plan.' })).toBeVisible();
  await draftStored(page, 0);
  await page.reload();
  await expect(page.getByText('Seeing my niece grow up')).toBeVisible();
  await expect(page.getByLabel('In your words')).toHaveValue('');
});

test('a goal, an own skill and a person not yet added come back after a reload', async ({ page }) => {
  await page.goto('/progress');
  await page.getByLabel('Goal', { exact: true }).fill('Sleep before midnight');
  await page.getByLabel('Small steps, one per line').fill('Phone out of the bedroom');
  await draftStored(page, 1);
  await page.goto('/skills');
  await page.getByLabel('Name', { exact: true }).fill('Ring Gran');
  await page.getByLabel('Steps, one per line').fill('Find her number');
  await draftStored(page, 2);
  await page.goto('/contacts');
  await page.getByLabel('Name', { exact: true }).fill('Aunt Jo');
  await draftStored(page, 3);
  expect((await drafts(page)).map((r) => r.bytes).join('')).not.toMatch(/midnight|Gran|Aunt/);

  await page.reload();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Aunt Jo');
  await page.goto('/skills');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Ring Gran');
  await expect(page.getByLabel('Steps, one per line')).toHaveValue('Find her number');
  await page.goto('/progress');
  await expect(page.getByLabel('Goal', { exact: true })).toHaveValue('Sleep before midnight');
  await expect(page.getByLabel('Small steps, one per line')).toHaveValue('Phone out of the bedroom');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await draftStored(page, 2);
});

test('locking while typing seals the draft and forgets its words; unlocking puts them back', async ({ page }) => {
  test.setTimeout(60_000);
  const words = 'Quietly furious with Marisol today';
  await setPassphrase(page, 'the tide comes back');
  // In-app links only: a reload would lock.
  await home(page).click();
  await page.getByRole('link', { name: /^Journal/ }).click();
  await page.getByRole('link', { name: 'New entry' }).click();
  const stored = async () => (await readRawRecords(page)).length;
  const before = await stored();
  await page.getByLabel('Your entry').fill(words);
  // Straight away, as if the phone were put down: "Lock as soon as I leave Ebb" locks, and the draft is sealed first.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Ebb is locked' })).toBeVisible();
  // One record more, the draft, and nothing stored holds its words.
  await expect.poll(stored).toBe(before + 1);
  expect((await readRawRecords(page)).map((r) => r.bytes).join('')).not.toContain('Marisol');
  expect(await page.content()).not.toContain('Marisol');
  expect((await reachableStrings(page)).includes(words), 'draft words still reachable after locking').toBe(false);

  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.getByLabel('Passphrase').fill('the tide comes back');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByLabel('Your entry')).toHaveValue(words);
});

test('a look back at a slip keeps words typed on a step, and comes back on that step', async ({ page }) => {
  await page.goto('/check-in');
  await page.getByRole('link', { name: 'Had a slip? No judgement here.' }).click();
  await page.getByLabel('Just now').check();
  await page.getByRole('button', { name: 'Note that this happened' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Noted.' })).toBeVisible();
  await page.goto('/check-in');
  await page.getByRole('group', { name: 'Urge to self-harm today' }).getByRole('button', { name: '1', exact: true }).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByRole('link', { name: /^Look back at / }).click();

  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('What set it off').fill('An argument about money');
  await home(page).click();
  await draftStored(page);
  await page.goto('/check-in');
  await page.getByRole('link', { name: /^Look back at / }).click();
  await expect(page.getByText('Step 2 of 7')).toBeVisible();
  await expect(page.getByLabel('What set it off')).toHaveValue('An argument about money');
  await page.getByRole('button', { name: 'Next' }).click();
  await draftStored(page, 0);
});

test('a check-in note not yet saved comes back on that day after a reload, and leaves the draft once saved', async ({ page }) => {
  await page.goto('/check-in');
  await page.getByLabel('Note (optional)').fill('Long shift, headache by four');
  await draftStored(page);
  expect((await drafts(page)).map((r) => r.bytes).join('')).not.toContain('headache');

  await page.reload();
  await expect(page.getByLabel('Note (optional)')).toHaveValue('Long shift, headache by four');
  await expect(page.getByRole('status').filter({ hasText: 'Your words from last time are back.' })).toBeVisible();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await draftStored(page, 0);
});
