// The skills library: browse, search and filter; favourite; hide (never suggested); add an own skill that
// is then suggested; pros and cons written while calm and shown in the moment; what self-harm does for the
// person steering the suggestions; skills for calmer moments marked as such.
import { expect, test } from './page-errors.ts';

test('search, filter, favourite, hide, own skills, and pros and cons', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^Skills/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Skills' })).toBeVisible();
  const cards = page.getByRole('region', { name: 'All skills' }).getByRole('link');
  await expect(cards).toHaveCount(21);

  await page.getByLabel('Search skills').fill('wave');
  await expect(cards.filter({ hasText: 'Urge surfing' })).toHaveCount(1);
  await expect(cards).toHaveCount(1);
  await page.getByLabel('Search skills').fill('zzzz');
  await expect(page.getByText('No skill matches. Try fewer filters.')).toBeVisible();
  await page.getByLabel('Search skills').fill('');
  await page.getByLabel('For feeling').selectOption({ label: 'Empty or numb' });
  await expect(cards.filter({ hasText: 'A strong, safe sensation' })).toHaveCount(1);
  await expect(cards.filter({ hasText: 'Let the anger out safely' })).toHaveCount(0);
  await page.getByLabel('For feeling').selectOption({ label: 'Any feeling' });
  await page.getByLabel('Fine in public').check();
  await expect(cards.filter({ hasText: 'Cool water on your face' })).toHaveCount(0);
  await page.getByLabel('Fine in public').uncheck();

  // Favourite and hide.
  await cards.filter({ hasText: 'Let the anger out safely' }).click();
  await page.getByRole('button', { name: 'Favourite' }).click();
  await expect(page.getByRole('button', { name: 'Favourite' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: 'All skills' }).click();
  await expect(page.getByRole('region', { name: 'Favourites' }).getByRole('link', { name: /Let the anger out safely/ })).toBeVisible();
  await cards.filter({ hasText: 'Urge surfing' }).click();
  await page.getByRole('button', { name: 'Hide from suggestions' }).click();
  await expect(page.getByRole('button', { name: 'Hide from suggestions' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: 'All skills' }).click();
  await expect(cards.filter({ hasText: 'Urge surfing' })).toHaveCount(0);
  await page.getByText('Hidden skills (1)').click();

  // An own skill: bad input explained, then added.
  await page.getByRole('button', { name: 'Add skill' }).click();
  await expect(page.getByText('Give your skill a name.')).toBeVisible();
  await expect(page.getByLabel('Name')).toBeFocused();
  await page.getByLabel('Name').fill('Walk the dog');
  await page.getByLabel('Steps, one per line').fill('Get the lead\nWalk round the block');
  await page.getByRole('group', { name: 'Feelings it helps with (optional)' }).getByRole('button', { name: 'Lonely' }).click();
  await page.getByRole('button', { name: 'Add skill' }).click();
  await expect(page.getByText('Walk the dog added. It will be suggested in Ride it out.')).toBeVisible();

  // Pros and cons, written while calm.
  await page.getByLabel('If I ride it out, the pros').fill('I will be proud tomorrow');
  await page.getByLabel('If I ride it out, the pros').press('Enter');
  await expect(page.getByRole('button', { name: 'Remove “I will be proud tomorrow”' })).toBeVisible();

  // In the moment: the hidden skill is never suggested; the own skill and the pros and cons are there.
  await page.getByRole('banner').getByRole('link', { name: 'Ebb' }).click();
  await page.getByRole('link', { name: /^Ride it out/ }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('button', { name: 'Lonely' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  const seen = new Set<string>();
  for (let i = 0; i < 6; i++) {
    for (const name of await page.getByRole('button', { name: /^Start: / }).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? '')))
      seen.add(name);
    await page.getByRole('button', { name: 'Show me something else' }).click();
  }
  expect(seen.has('Start: Urge surfing')).toBe(false);
  expect(seen.has('Start: Walk the dog')).toBe(true);
  expect(seen.has('Start: Pros and cons')).toBe(true);
  const prosCons = page.getByRole('button', { name: 'Start: Pros and cons' });
  while ((await prosCons.count()) === 0) await page.getByRole('button', { name: 'Show me something else' }).click();
  await prosCons.click();
  await expect(page.getByText('I will be proud tomorrow')).toBeVisible();
});

test('what the person says self-harm does for them steers the suggestions', async ({ page }) => {
  await page.goto('/ride');
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  const before = await page.getByRole('button', { name: /^Start: / }).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  expect(before).not.toContain('Start: Draw it, write it, play it');

  await page.goto('/plan/part/what-it-does');
  await page.getByLabel('What it does for me').fill('It lets me show how bad things are when I can’t put it into words');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to your plan.' })).toBeVisible();

  await page.goto('/ride');
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page.getByRole('button', { name: 'Start: Draw it, write it, play it' })).toBeVisible();
});

test('the new skills are there, each guided, and the calmer-moment ones say so', async ({ page }) => {
  await page.goto('/skills/radical-acceptance');
  await expect(page.getByRole('heading', { level: 1, name: 'Radical acceptance' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'For calmer moments, not for the middle of a strong urge' })).toBeVisible();
  await expect(page.getByText('Source: DBT Self Help. Radical Acceptance', { exact: false })).toBeVisible();
  await page.goto('/skills/self-compassion-break');
  await page.getByRole('button', { name: 'Try it now' }).click();
  const player = page.getByRole('region', { name: 'A self-compassion break' });
  await expect(player.getByText('Step 1 of 4')).toBeVisible();
  await player.getByRole('button', { name: 'Next step' }).click();
  await expect(player.getByText('Other people feel like this too.', { exact: false })).toBeVisible();
  await page.goto('/skills/express');
  await page.getByRole('button', { name: 'Try it now' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Draw it' })).toBeVisible();
  for (const id of ['opposite-action', 'check-the-facts']) {
    await page.goto(`/skills/${id}`);
    await page.getByRole('button', { name: 'Try it now' }).click();
    await expect(page.getByText(/^Step 1 of \d$/)).toBeVisible();
  }
});

test('while the urge is strong, skills for calmer moments are not suggested', async ({ page }) => {
  await page.goto('/ride');
  await page.getByRole('button', { name: '8', exact: true }).click();
  await page.getByRole('button', { name: 'Sadness' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  const seen = new Set<string>();
  for (let i = 0; i < 8; i++) {
    for (const name of await page.getByRole('button', { name: /^Start: / }).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? '')))
      seen.add(name);
    await page.getByRole('button', { name: 'Show me something else' }).click();
  }
  expect(seen.has('Start: Soothe your five senses')).toBe(true);
  expect(seen.has('Start: Radical acceptance')).toBe(false);
  expect(seen.has('Start: Check the facts')).toBe(false);
});
