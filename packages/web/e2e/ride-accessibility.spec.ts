// Every stage of Ride it out passes axe in light and dark at 360 px, and "read aloud" speaks the steps.
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB', viewport: { width: 360, height: 780 } });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every stage of Ride it out passes axe (${colorScheme})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    await page.goto('/ride');
    await page.getByRole('button', { name: '9', exact: true }).click();
    await page.getByRole('button', { name: 'Sadness' }).click();
    await expectAccessible(page, 'feelings');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('region', { name: 'It might help to reach out' })).toBeVisible();
    await expectAccessible(page, 'suggestions and escalation');
    await page.getByRole('button', { name: /^Start: / }).first().click();
    await expectAccessible(page, 'player');
    await page.getByRole('button', { name: 'I’ve finished this skill' }).click();
    await expectAccessible(page, 're-rate');
    await page.getByRole('button', { name: '4', exact: true }).click();
    await expectAccessible(page, 'after');
    await page.getByRole('button', { name: 'It has eased, I’m done' }).click();
    await expectAccessible(page, 'done');
    await page.goto('/skills/tip-temperature');
    await page.getByRole('button', { name: 'Try it now' }).click();
    await expectAccessible(page, 'caution');
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
