// Every stage of Ride it out passes axe in light and dark at 360 px (the endings, the urge-surfing wave
// that keeps going, the slip note and its undo included), and "read aloud" speaks the steps.
import { expect, test } from './page-errors.ts';
import { expectAccessible } from './axe.ts';
import { sharedPage } from './shared-page.ts';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB', viewport: { width: 360, height: 780 } });

// One flow over one page, one test per stage: each stage's axe run has its own time on a busy machine.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`every stage of Ride it out passes axe (${colorScheme})`, () => {
    const shared = sharedPage({ timezoneId: 'Europe/London', locale: 'en-GB', viewport: { width: 360, height: 780 }, colorScheme });

    test('feelings', async () => {
      const page = shared();
      await page.goto('/ride');
      await page.getByRole('button', { name: '9', exact: true }).click();
      await page.getByRole('button', { name: 'Sadness' }).click();
      await expectAccessible(page, 'feelings');
    });

    test('suggestions and escalation', async () => {
      const page = shared();
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('region', { name: 'It might help to reach out' })).toBeVisible();
      await expectAccessible(page, 'suggestions and escalation');
    });

    test('player', async () => {
      const page = shared();
      await page
        .getByRole('button', { name: /^Start: / })
        .first()
        .click();
      await expectAccessible(page, 'player');
    });

    test('re-rate', async () => {
      const page = shared();
      await page.getByRole('button', { name: 'I’ve finished this skill' }).click();
      await expectAccessible(page, 're-rate');
    });

    test('after', async () => {
      const page = shared();
      await page.getByRole('button', { name: '4', exact: true }).click();
      await expectAccessible(page, 'after');
    });

    test('done', async () => {
      const page = shared();
      await page.getByRole('button', { name: 'It has eased, I’m done' }).click();
      await expectAccessible(page, 'done');
    });

    test('caution', async () => {
      const page = shared();
      await page.goto('/skills/tip-temperature');
      await page.getByRole('button', { name: 'Try it now' }).click();
      await expectAccessible(page, 'caution');
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the endings, the wave that keeps going, and the slip note pass axe (${colorScheme})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    await page.goto('/ride');
    await page.getByRole('button', { name: '6', exact: true }).click();
    await page.getByRole('button', { name: 'Skip' }).click();
    await page
      .getByRole('button', { name: /^Start: / })
      .first()
      .click();
    await page.getByRole('button', { name: 'I’ve finished this skill' }).click();
    await page.getByRole('button', { name: '7', exact: true }).click();
    await expectAccessible(page, 'after a rise');
    await page.getByRole('button', { name: 'Stop for now' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'You stayed with it' })).toBeVisible();
    await expectAccessible(page, 'stayed with it');

    await page.clock.install();
    await page.goto('/skills/urge-surfing');
    await page.getByRole('button', { name: 'Try it now' }).click();
    await page.getByRole('button', { name: '5 minutes', exact: true }).click();
    await page.clock.runFor(61_000);
    await page.getByRole('button', { name: 'Not yet, keep going' }).click();
    await expectAccessible(page, 'wave keeps going');
    await page.clock.runFor(4 * 60_000);
    await expect(page.getByText('That’s the time you chose. Has it eased?')).toBeVisible();
    await expectAccessible(page, 'time up');

    await page.goto('/slip');
    // Checked once the screen has opened, not while its code and data are still loading.
    await expect(page.getByRole('button', { name: 'Note that this happened' })).toBeVisible();
    await expectAccessible(page, 'slip, before a note');
    await page.getByRole('button', { name: 'Note that this happened' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await expectAccessible(page, 'slip, noted');
    await page.reload();
    await expect(page.getByRole('button', { name: /^Remove this note/ })).toBeVisible();
    await expectAccessible(page, 'slip, noted earlier today');

    await page.goto('/skills/radical-acceptance');
    await expect(page.getByRole('heading', { level: 1, name: 'Radical acceptance' })).toBeVisible();
    await expectAccessible(page, 'a skill for calmer moments');
  });
}

test('read aloud speaks each guided step', async ({ page }) => {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    Object.assign(window, { spoken });
    Object.defineProperty(window, 'speechSynthesis', { value: { speak: (u: SpeechSynthesisUtterance) => spoken.push(u.text), cancel: () => undefined } });
  });
  await page.goto('/skills/stop');
  await page.getByRole('button', { name: 'Try it now' }).click();
  await page.getByLabel('Read the steps aloud').check();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken))
    .toContain('Take a step back: breathe, and step away from the situation if you can.');
});
