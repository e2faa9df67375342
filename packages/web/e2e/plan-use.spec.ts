// The plan in a hard moment: one tap from Home and from Help now, "do this first" at the top, the steps in
// order with call and text links that carry the right numbers and message, and a way down to the next step.
import { expect, test } from './page-errors.ts';
import { buildSmallPlan } from './plan.ts';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

test('from Help now: first step, then each step actionable, leading down in order', async ({ page }) => {
  await buildSmallPlan(page);
  await page.goto('/about');
  await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
  await page.getByRole('dialog', { name: 'Help now' }).getByRole('link', { name: 'Open my plan' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'My plan' })).toBeVisible();

  // "Do this first" comes before everything else.
  const firstStep = page.getByRole('region', { name: 'Do this first' });
  await expect(firstStep).toContainText('Hold something cold, then call someone');
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings[0]).toBe('Do this first');
  expect(headings.slice(1, 4)).toEqual(['Step 1 Things I can do on my own', 'Step 2 People I can ask for help', 'Step 3 Professionals and crisis services']);

  // Call and text a person, with their message ready.
  await expect(page.getByRole('link', { name: 'Call Sam' })).toHaveAttribute('href', 'tel:07700900123');
  await expect(page.getByRole('link', { name: 'Text Sam' })).toHaveAttribute(
    'href',
    `sms:07700900123?&body=${encodeURIComponent('I’m not okay. Can we talk?')}`,
  );
  // Professionals, their out-of-hours number, and the country's crisis lines and emergency number.
  await expect(page.getByRole('link', { name: 'Call Dr Lee', exact: true })).toHaveAttribute('href', 'tel:02079460000');
  await expect(page.getByRole('link', { name: 'Call Dr Lee out of hours' })).toHaveAttribute('href', 'tel:02079460999');
  await expect(page.getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
  await expect(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(page.getByRole('region', { name: 'What matters to me' })).toContainText('My little brother');
  // A coping item opens its guided skill; Ride it out is one tap from the first step.
  await expect(page.getByRole('link', { name: 'Open the skill: Soothe your five senses' })).toHaveAttribute('href', '/skills/self-soothe');
  await expect(page.getByRole('link', { name: 'Ride it out with a guided skill' })).toHaveAttribute('href', '/ride');

  // Leading down: each "still hard?" moves to the next step; the last opens Help now.
  await page.getByRole('button', { name: 'Still hard? Go to step 2' }).click();
  await expect(page.getByRole('heading', { name: 'Step 2 People I can ask for help' })).toBeFocused();
  await page.getByRole('button', { name: 'Still hard? Go to step 3' }).click();
  await expect(page.getByRole('heading', { name: 'Step 3 Professionals and crisis services' })).toBeFocused();
  await page.getByRole('button', { name: 'Still hard? Open Help now' }).click();
  await expect(page.getByRole('dialog', { name: 'Help now' })).toBeVisible();
});

test('from Home in one tap; an empty plan still leads to crisis lines', async ({ page }) => {
  await page.goto('/plan/now');
  await expect(page.getByText('There is nothing in your plan yet.', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 116 123' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Use my plan/ })).toHaveCount(0);

  await buildSmallPlan(page);
  await page.goto('/');
  await page.getByRole('link', { name: /^Use my plan/ }).click();
  await expect(page.getByRole('region', { name: 'Do this first' })).toContainText('Hold something cold');
});
