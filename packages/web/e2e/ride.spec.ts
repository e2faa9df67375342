// Ride it out: one tap from Home and Help now, the whole flow by role and name, escalation offered when the
// urge stays high (speaking of Help now and people when there is no plan), "I've already hurt myself"
// straight to medical help with nothing recorded until the person notes it, words that follow the person's
// own ratings, timers on a fake clock, reduced motion, and every episode logged, encrypted.
import type { Page } from '@playwright/test';
import { readRawRecords, waitForRecord } from './raw-idb.ts';
import { buildSmallPlan } from './plan.ts';
import { expect, test } from './page-errors.ts';

/** Starts the first suggested skill (past its cautions, if any), finishes it and gives the rating after. */
async function tryASkill(page: Page, after: string | null): Promise<void> {
  await page
    .getByRole('button', { name: /^Start: / })
    .first()
    .click();
  const understood = page.getByRole('button', { name: 'I’ve read this, start' });
  if (await understood.isVisible()) await understood.click();
  await page.getByRole('button', { name: 'I’ve finished this skill' }).click();
  if (after === null) await page.getByRole('button', { name: 'Skip' }).click();
  else await page.getByRole('group', { name: 'How strong is the urge now?' }).getByRole('button', { name: after, exact: true }).click();
}

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

test('the whole flow: rate, feelings, a suggested skill, re-rate, done; logged encrypted', async ({ page }) => {
  await buildSmallPlan(page);
  await page.goto('/');
  await page.getByRole('link', { name: /^Ride it out/ }).click();
  // The plan's "do this first" comes first.
  await expect(page.getByRole('region', { name: 'Do this first' })).toContainText('Hold something cold, then call someone');
  await page.getByRole('group', { name: 'How strong is the urge right now?' }).getByRole('button', { name: '6', exact: true }).click();

  await page.getByRole('button', { name: 'Anxious or panicky' }).click();
  await expect(page.getByRole('button', { name: 'Anxious or panicky' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('What set it off? (optional, a few words)').fill('an argument at work');
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Try one of these' })).toBeVisible();
  const suggestions = page.getByRole('button', { name: /^Start: / });
  await expect(suggestions).toHaveCount(3);
  // Matched to the feeling: anxiety's breathing skills lead.
  await expect(suggestions.first()).toHaveAccessibleName(/Start: (Paced breathing|Box breathing|5-4-3-2-1 grounding|Urge surfing)/);
  const first = (await suggestions.first().getAttribute('aria-label')) ?? '';
  await page.getByRole('button', { name: 'Show me something else' }).click();
  await expect(page.getByRole('button', { name: first })).toHaveCount(0);

  await page
    .getByRole('button', { name: 'Start: STOP' })
    .or(page.getByRole('button', { name: /^Start: / }).first())
    .first()
    .click();
  await page.getByRole('button', { name: 'I’ve finished this skill' }).click();
  await page.getByRole('group', { name: 'How strong is the urge now?' }).getByRole('button', { name: '3', exact: true }).click();
  await expect(page.getByText('It came down from 6 to 3. You did that.')).toBeVisible();
  await page.getByRole('button', { name: 'It has eased, I’m done' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You rode it out' })).toBeVisible();

  await waitForRecord(page, 'urge-month');
  const raw = (await readRawRecords(page))
    .filter((r) => r.type === 'urge-month')
    .map((r) => r.bytes)
    .join('');
  expect(raw).not.toContain('argument');
  expect(raw).not.toContain('anxiety');
});

test('escalation is offered when the urge is 8 or more, with the plan’s people and crisis lines', async ({ page }) => {
  await buildSmallPlan(page);
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
  await page.getByRole('dialog', { name: 'Help now' }).getByRole('link', { name: 'Ride it out' }).click();
  await page.getByRole('button', { name: '9', exact: true }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  const offer = page.getByRole('region', { name: 'It might help to reach out' });
  await expect(offer).toBeVisible();
  await expect(offer.getByRole('link', { name: 'Text Sam' })).toHaveAttribute(
    'href',
    `sms:07700900123?&body=${encodeURIComponent('I’m not okay. Can we talk?')}`,
  );
  await expect(offer.getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
  // Offered, never forced: the skills are still there.
  await expect(page.getByRole('button', { name: /^Start: / })).toHaveCount(3);
  await offer.getByRole('button', { name: 'Open Help now' }).click();
  await expect(page.getByRole('dialog', { name: 'Help now' })).toBeVisible();
});

test('after two skills that did not lower the urge, the next steps are offered', async ({ page }) => {
  await page.goto('/ride');
  await page.getByRole('button', { name: '5', exact: true }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  for (let i = 0; i < 2; i++) {
    await expect(page.getByRole('region', { name: 'It might help to reach out' })).toHaveCount(0);
    await page
      .getByRole('button', { name: /^Start: / })
      .first()
      .click();
    const understood = page.getByRole('button', { name: 'I’ve read this, start' });
    if (await understood.isVisible()) await understood.click();
    await page.getByRole('button', { name: 'I’ve finished this skill' }).click();
    await page.getByRole('button', { name: '5', exact: true }).click();
    if (i === 0) await page.getByRole('button', { name: 'Try another skill' }).click();
  }
  const offer = page.getByRole('region', { name: 'It might help to reach out' });
  await expect(offer).toBeVisible();
  // No plan: it speaks of Help now and people, never of a plan's next steps.
  await expect(offer).toContainText('Help now has people you can call or text right now');
  await expect(offer.getByRole('heading', { name: 'Someone you trust' })).toBeVisible();
  await expect(offer).not.toContainText('plan');
  await expect(offer.getByRole('link', { name: 'Open my plan' })).toHaveCount(0);
  await expect(offer.getByRole('button', { name: 'Open Help now' })).toBeVisible();
});

test('with no plan, the people the person keeps in Help now are offered, one tap to call or text', async ({ page }) => {
  await page.goto('/contacts');
  await page.getByLabel('Name').fill('Jo');
  await page.getByLabel('Phone number (optional)').fill('07700 900456');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('status')).toHaveText('Jo saved.');
  await page.goto('/ride');
  await page.getByRole('button', { name: '9', exact: true }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  const offer = page.getByRole('region', { name: 'It might help to reach out' });
  await expect(offer.getByRole('link', { name: 'Call Jo' })).toHaveAttribute('href', 'tel:07700900456');
  await expect(offer.getByRole('link', { name: 'Text Jo' })).toHaveAttribute('href', /^sms:07700900456/);
  await expect(offer).not.toContainText('plan');
});

test('after a rise from 6 to 7, “Stop for now” is not headed “You rode it out”', async ({ page }) => {
  await page.goto('/ride');
  await page.getByRole('button', { name: '6', exact: true }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  await tryASkill(page, '7');
  await expect(page.getByText('It went up from 6 to 7.', { exact: false })).toBeVisible();
  await expect(page.getByText('still there', { exact: false })).toHaveCount(0);
  await page.getByRole('button', { name: 'Stop for now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You stayed with it' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'You rode it out' })).toHaveCount(0);
  await expect(page.getByText('It went up from 6 to 7, and you stayed with it.', { exact: false })).toBeVisible();
  await expect(page.getByText('urges tend to get weaker the more often you ride them out', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open Help now' })).toBeVisible();
});

test('a skipped rating is never read as “still there”, and stopping after it says nothing about the urge', async ({ page }) => {
  await page.goto('/ride');
  await page.getByRole('button', { name: '6', exact: true }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  await tryASkill(page, null);
  await expect(page.getByText('However it feels now, you gave a skill a go.', { exact: false })).toBeVisible();
  await expect(page.getByText('still there', { exact: false })).toHaveCount(0);
  await page.getByRole('button', { name: 'Stop for now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stopped for now' })).toBeVisible();
});

test('the feeling leads the suggestions: anger gets movement and release first', async ({ page }) => {
  await page.goto('/ride');
  await page.getByRole('button', { name: '6', exact: true }).click();
  await page.getByRole('button', { name: 'Anger' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  const suggestions = page.getByRole('button', { name: /^Start: / });
  await expect(suggestions.first()).toHaveAccessibleName(/^Start: (Let the anger out safely|A short burst of exercise)$/);
  await expect(suggestions.nth(1)).toHaveAccessibleName(/^Start: (Let the anger out safely|A short burst of exercise)$/);
});

test('“I’ve already hurt myself” shows medical help first and records nothing until the person notes it; Undo removes the note', async ({ page }) => {
  // Progress before anything: the same as it must be after the note is undone.
  await page.goto('/progress');
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  // The heading shows before the history is read: wait for what is read from it.
  await expect(page.getByRole('main').getByRole('heading', { name: 'Milestones' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add goal' })).toBeVisible();
  const untouched = await page.getByRole('main').innerText();

  await page.goto('/ride');
  await page.getByRole('button', { name: 'I’ve already hurt myself' }).click();
  const dialog = page.getByRole('dialog', { name: 'Help now' });
  await expect(dialog.getByRole('region', { name: 'I’ve already hurt myself' })).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Call 999' }).first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Under it, the slip screen: nothing has been recorded.
  await expect(page.getByRole('heading', { level: 1, name: 'After a slip' })).toBeVisible();
  expect((await readRawRecords(page)).filter((r) => r.type === 'urge-month')).toEqual([]);
  await expect(page.getByRole('form', { name: 'Note that this happened' })).toBeVisible();
  await page.getByLabel('Just now').check();
  await page.getByRole('button', { name: 'Note that this happened' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Noted. Your progress is all still there.' })).toBeVisible();
  await waitForRecord(page, 'urge-month');

  await page.goto('/progress');
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  await expect.poll(() => page.getByRole('main').innerText()).not.toBe(untouched);

  // Later the same day: the note can be removed, and Progress is as it was.
  await page.goto('/slip');
  await page.getByRole('button', { name: /^Remove this note/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed. Nothing about it is noted.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Remove this note/ })).toHaveCount(0);
  await page.goto('/progress');
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  await expect.poll(() => page.getByRole('main').innerText()).toBe(untouched);
});

test('a note made just now can be undone at once', async ({ page }) => {
  await page.goto('/slip');
  await page.getByRole('button', { name: 'Note that this happened' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Noted.' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed. Nothing about it is noted.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Note that this happened' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'After a slip' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Remove this note/ })).toHaveCount(0);
});

test('“I’ve already hurt myself” mid-way through Ride it out also records no slip', async ({ page }) => {
  await page.goto('/ride');
  await page.getByRole('button', { name: '7', exact: true }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('button', { name: 'I’ve already hurt myself' }).click();
  await expect(page.getByRole('dialog', { name: 'Help now' }).getByRole('region', { name: 'I’ve already hurt myself' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Help now' }).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'After a slip' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Remove this note/ })).toHaveCount(0);
});

test('a caution comes before the cool-water skill until acknowledged, and its 30-second timer runs on the clock', async ({ page }) => {
  await page.clock.install();
  await page.goto('/skills/tip-temperature');
  await page.getByRole('button', { name: 'Try it now' }).click();
  await expect(page.getByRole('heading', { name: 'Before you start: Cool water on your face' })).toBeVisible();
  await expect(page.getByText(/beta-blockers/).first()).toBeVisible();
  await page.getByRole('button', { name: 'I’ve read this, start' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByText('30 seconds left')).toBeVisible();
  await page.clock.runFor(10_000);
  await expect(page.getByText('20 seconds left')).toBeVisible();
  await page.clock.runFor(21_000);
  await expect(page.getByText('Time’s up. Breathe out slowly.')).toBeVisible();
});

test('urge surfing: a wave over the chosen minutes, a gentle check each minute, and more time on request', async ({ page }) => {
  await page.clock.install();
  await page.goto('/skills/urge-surfing');
  await page.getByRole('button', { name: 'Try it now' }).click();
  await page.getByRole('button', { name: '5 minutes', exact: true }).click();
  await expect(page.getByText('Rising. Breathe with it.')).toBeVisible();
  await expect(page.getByText('5 min 0 s left')).toBeVisible();
  await page.clock.runFor(61_000);
  await expect(page.getByRole('group', { name: 'Has it eased?' })).toBeVisible();
  await page.getByRole('button', { name: 'Not yet, keep going' }).click();
  await expect(page.getByRole('group', { name: 'Has it eased?' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Add 5 minutes' }).click();
  await expect(page.getByText(/^8 min/)).toBeVisible();
  await page.clock.runFor(60_000);
  await page.getByRole('button', { name: 'Yes, it’s eased' }).click();
  await expect(page.getByText('You said it has eased. You rode this wave.')).toBeVisible();
});

test('urge surfing: answered “not yet” again and again, the wave keeps going and never says it has passed', async ({ page }) => {
  await page.clock.install();
  await page.goto('/skills/urge-surfing');
  await page.getByRole('button', { name: 'Try it now' }).click();
  await page.getByRole('button', { name: '5 minutes', exact: true }).click();
  const player = page.getByRole('region', { name: 'Urge surfing' });
  for (let minute = 1; minute <= 4; minute++) {
    await page.clock.runFor(60_000);
    await player.getByRole('button', { name: 'Not yet, keep going' }).click();
    await expect(player.getByText('Still here. Keep breathing with it', { exact: false })).toBeVisible();
    await expect(player).not.toContainText(/pass|rode/i);
  }
  // The chosen time is up and it has not eased: it asks, and "not yet" keeps the wave going.
  await page.clock.runFor(61_000);
  await expect(player.getByText('That’s the time you chose. Has it eased?')).toBeVisible();
  await expect(player).not.toContainText(/pass|rode/i);
  await player.getByRole('button', { name: 'Not yet, 5 more minutes' }).click();
  await expect(player.getByText(/^4 min/)).toBeVisible();
  await expect(player).not.toContainText(/pass|rode/i);
  await page.clock.runFor(60_000);
  await player.getByRole('button', { name: 'Yes, it’s eased' }).click();
  await expect(player.getByText('You said it has eased. You rode this wave.')).toBeVisible();
});

test('the paced out-breath can be slowed, and never made shorter than 5 seconds', async ({ page }) => {
  await page.goto('/skills/paced-breathing');
  await page.getByRole('button', { name: 'Try it now' }).click();
  const pace = page.getByRole('group', { name: 'Out-breath' });
  await expect(pace).toContainText('6 seconds');
  await pace.getByRole('button', { name: 'Shorter out-breath' }).click();
  await expect(pace).toContainText('5 seconds');
  await expect(pace.getByRole('button', { name: 'Shorter out-breath' })).toBeDisabled();
  await pace.getByRole('button', { name: 'Slower out-breath' }).click();
  await expect(pace).toContainText('6 seconds');
});

test('breathing has a still alternative with reduced motion, and the words lead the breath', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.clock.install();
  await page.goto('/skills/box-breathing');
  await page.getByRole('button', { name: 'Try it now' }).click();
  await expect(page.getByText('Breathe in', { exact: true })).toBeVisible();
  expect(await page.locator('.breath').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await page.clock.runFor(4_500);
  await expect(page.getByText('Hold', { exact: true })).toBeVisible();
  await page.clock.runFor(4_000);
  await expect(page.getByText('Breathe out', { exact: true })).toBeVisible();
});

test('grounding counts each sense down, interactively', async ({ page }) => {
  await page.goto('/skills/grounding-54321');
  await page.getByRole('button', { name: 'Try it now' }).click();
  const player = page.getByRole('region', { name: '5-4-3-2-1 grounding' });
  await expect(player.getByText('Name 5 things you can see.')).toBeVisible();
  await expect(player.getByText('0 of 5')).toBeVisible();
  for (let i = 0; i < 5; i++) await player.getByRole('button', { name: 'I noticed one' }).click();
  await expect(player.getByText('Name 4 things you can touch.')).toBeVisible();
  for (let i = 0; i < 4 + 3 + 2 + 1; i++) await player.getByRole('button', { name: 'I noticed one' }).click();
  await expect(player.getByText('You’re here, now. Well done.')).toBeVisible();
});

for (const timezoneId of ['Europe/Berlin', 'Asia/Kolkata', 'Asia/Tokyo', 'America/Sao_Paulo']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('a slip noted today can be removed later the same day', async ({ page }) => {
      await page.goto('/slip');
      await page.getByRole('button', { name: 'Note that this happened' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Noted.' })).toBeVisible();
      await page.reload();
      await page.getByRole('button', { name: /^Remove this note/ }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Removed. Nothing about it is noted.' })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'After a slip' })).toBeVisible();
      await expect(page.getByRole('button', { name: /^Remove this note/ })).toHaveCount(0);
    });
  });
}
