// Every stage of Ride it out passes axe in light and dark at 360 px, and "read aloud" speaks the steps.
import { expect, test } from '@playwright/test';
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
      await page.getByRole('button', { name: /^Start: / }).first().click();
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
  await expect.poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toContain('Take a step back: breathe, and step away from the situation if you can.');
});
