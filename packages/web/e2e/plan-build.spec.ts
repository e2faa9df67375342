// My plan, first build: one part per screen with why it helps, ideas to tap, the person's own words, skip
// and come back, saved as they go (encrypted), ending with "Will I use it?" and what could get in the way.
import { expect, test } from './page-errors.ts';
import { readRawRecords, waitForRecord } from './raw-idb.ts';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

test('build a plan from Home, part by part, and find it again after a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^My plan/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My plan' })).toBeFocused();
  await expect(page.getByText(/build it, or look over it, with someone you trust/)).toBeVisible();
  await page.getByRole('link', { name: 'Start my plan' }).click();

  // Part 1: why it helps, an idea tapped, and the person's own words.
  await expect(page.getByRole('heading', { level: 1, name: 'My warning signs' })).toBeFocused();
  await expect(page.getByText('Part 1 of 11')).toBeVisible();
  await expect(page.getByText(/Why this helps/)).toBeVisible();
  await page.getByRole('button', { name: 'Add: Pulling away from people' }).click();
  await expect(page.getByRole('button', { name: 'Add: Pulling away from people' })).toBeDisabled();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText('Write something here first.')).toBeVisible();
  await expect(page.getByLabel('In your words')).toBeFocused();
  await page.getByLabel('In your words').fill('Staying in my room all day');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Remove “Staying in my room all day”' })).toBeVisible();
  // Adapting an idea: change its words.
  await page.getByRole('button', { name: 'Change “Pulling away from people”' }).click();
  await expect(page.getByLabel('In your words')).toHaveValue('Pulling away from people');
  await page.getByLabel('In your words').fill('Pulling away from my friends');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Remove “Pulling away from my friends”' })).toBeVisible();
  // No reason is asked for while the plan is first built.
  await expect(page.getByText('Why are you changing it? (optional)')).toHaveCount(0);

  // Part 2 skipped: the button says so while the part is empty.
  await page.getByRole('link', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Things I can do on my own' })).toBeVisible();
  await page.getByRole('link', { name: 'Skip for now' }).click();
  await page.getByRole('link', { name: 'Skip for now' }).click();

  // People I can ask: an idea fills the form; a bad number is explained and nothing typed is lost.
  await expect(page.getByRole('heading', { level: 1, name: 'People I can ask for help' })).toBeVisible();
  await page.getByRole('button', { name: 'Use: A friend who listens' }).click();
  await expect(page.getByLabel('Name')).toHaveValue('A friend who listens');
  await page.getByLabel('Name').fill('Sam');
  await page.getByLabel('Phone number (optional)').fill('call Sam');
  await page.getByRole('button', { name: /^Use: Can you come over/ }).click();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText('Use digits for the number (spaces, + and - are fine).')).toBeVisible();
  await expect(page.getByLabel('Phone number (optional)')).toBeFocused();
  await expect(page.getByLabel('A message you could send (optional)')).toHaveValue('Can you come over? I don’t want to be on my own right now.');
  await page.getByLabel('Phone number (optional)').fill('+44 7700 900123');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Sam' })).toBeVisible();

  // Saved as they go: a reload mid-build keeps everything.
  await waitForRecord(page, 'plan');
  await page.reload();
  await expect(page.getByRole('heading', { level: 3, name: 'Sam' })).toBeVisible();

  // Professionals: the country's crisis lines are always included.
  await page.getByRole('link', { name: 'Next' }).click();
  await expect(page.getByText(/Always in your plan: the crisis lines for your country: Samaritans/)).toBeVisible();
  for (const title of ['Making my space safer', 'My reasons for recovery', 'My triggers']) {
    await page.getByRole('link', { name: /^(Next|Skip for now)$/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  // Triggers sorted by kind.
  await page.goto('/plan/part/triggers');
  await page.getByRole('button', { name: 'Add: Being alone late at night' }).click();
  await expect(page.getByRole('list', { name: 'In your plan' }).getByText('A situation')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Added to your plan.' })).toBeVisible();

  await page.goto('/plan/part/first-step');
  await expect(page.getByText('Part 10 of 11')).toBeVisible();
  await page.getByLabel('Your one line').fill('Go to the kitchen, then text Sam');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await page.getByRole('link', { name: 'Next' }).click();

  // Will I use it? 0–10, and barriers with ideas.
  await expect(page.getByRole('heading', { level: 1, name: 'Will I use it?' })).toBeVisible();
  await page.getByRole('radio', { name: '4' }).check();
  await expect(page.getByText(/That’s an honest answer/)).toBeVisible();
  await page.getByRole('button', { name: 'Add: I don’t want to bother anyone' }).click();
  await expect(page.getByText('People who care usually want to be asked.', { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'Finish' }).click();

  // The overview: what is filled, what is not, and the ways to use it.
  await expect(page.getByRole('heading', { level: 1, name: 'My plan' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Change My warning signs' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add to Things I can do on my own' })).toBeVisible();
  await expect(page.getByText('4 out of 10')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Carry on where I left off' })).toHaveAttribute('href', '/plan/part/on-my-own');

  // Kept encrypted: none of the person's words are readable in storage.
  await waitForRecord(page, 'plan-version');
  const raw = (await readRawRecords(page)).map((r) => r.bytes).join('');
  for (const words of ['Sam', 'Staying in my room', 'kitchen', 'friends', '7700']) expect(raw).not.toContain(words);

  // Changing it later asks (optionally) why.
  await page.getByRole('link', { name: 'Add to Things I can do on my own' }).click();
  await expect(page.getByText('Why are you changing it? (optional)')).toBeVisible();
});

test('the keyboard alone can add, change and remove, and never loses its place', async ({ page }) => {
  await page.goto('/plan/part/on-my-own');
  const idea = page.getByRole('button', { name: 'Add: Put on a song I love and sing along' });
  await idea.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove “Put on a song I love and sing along”' })).toBeVisible();
  await expect(idea).toBeFocused();
  await expect(idea).toBeDisabled();

  await page.getByLabel('In your words').focus();
  await page.keyboard.type('Call my nan');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove “Call my nan”' })).toBeVisible();

  await page.getByRole('button', { name: 'Remove “Call my nan”' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove “Call my nan”' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'In your plan' })).toBeFocused();
});
