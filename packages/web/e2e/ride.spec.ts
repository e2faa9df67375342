// Ride it out: one tap from Home and Help now, the whole flow by role and name, escalation offered when the
// urge stays high, "I've already hurt myself" straight to medical help, timers on a fake clock, reduced
// motion, and every episode logged, encrypted.
import { expect, test } from '@playwright/test';
import { readRawRecords, waitForRecord } from './raw-idb.ts';
import { buildSmallPlan } from './plan.ts';

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

  await page.getByRole('button', { name: 'Start: STOP' }).or(page.getByRole('button', { name: /^Start: / }).first()).first().click();
  await page.getByRole('button', { name: 'I’ve finished this skill' }).click();
  await page.getByRole('group', { name: 'How strong is the urge now?' }).getByRole('button', { name: '3', exact: true }).click();
  await expect(page.getByText('It came down from 6 to 3. You did that.')).toBeVisible();
  await page.getByRole('button', { name: 'It has eased, I’m done' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You rode it out' })).toBeVisible();

  await waitForRecord(page, 'urge-month');
  const raw = (await readRawRecords(page)).filter((r) => r.type === 'urge-month').map((r) => r.bytes).join('');
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
  await expect(offer.getByRole('link', { name: 'Text Sam' })).toHaveAttribute('href', `sms:07700900123?&body=${encodeURIComponent('I’m not okay. Can we talk?')}`);
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
    await page.getByRole('button', { name: /^Start: / }).first().click();
    const understood = page.getByRole('button', { name: 'I’ve read this, start' });
    if (await understood.isVisible()) await understood.click();
    await page.getByRole('button', { name: 'I’ve finished this skill' }).click();
    await page.getByRole('button', { name: '5', exact: true }).click();
    if (i === 0) await page.getByRole('button', { name: 'Try another skill' }).click();
  }
  await expect(page.getByRole('region', { name: 'It might help to reach out' })).toBeVisible();
});

test('“I’ve already hurt myself” goes straight to medical help and records a slip, without judgement', async ({ page }) => {
  await page.goto('/ride');
  await page.getByRole('button', { name: 'I’ve already hurt myself' }).click();
  const dialog = page.getByRole('dialog', { name: 'Help now' });
  await expect(dialog.getByRole('region', { name: 'I’ve already hurt myself' })).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Call 999' }).first()).toBeVisible();
  await waitForRecord(page, 'urge-month');
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
  await expect(page.getByText('The wave has passed. You rode it out.')).toBeVisible();
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
