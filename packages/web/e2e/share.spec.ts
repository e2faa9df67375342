// Sharing without a server: the plan, the support card and the summary go to an app the person picks through
// the Web Share API (stubbed here, recording what it is handed) as a file where the browser takes the file,
// as text where it takes only text, and elsewhere they are saved as a file or copied. The screen says what
// will be shared first; closing the share sheet is not an error; any other failure is said beside the buttons.
import type { Page } from '@playwright/test';
import { emptyPlan } from '@ebb/core';
import { supporterGuide } from '@ebb/content';
import { expect, test } from './page-errors.ts';
import { expectAccessible } from './axe.ts';
import { putSealedRecords } from './seal-raw.ts';
import { dayIn, summaryRecords } from './summary-data.ts';

const ZONE = 'America/Sao_Paulo';
test.use({ timezoneId: ZONE, locale: 'en-GB' });

type Handed = { title?: string | undefined; text?: string | undefined; files: Array<{ name: string; type: string; text: string }> };
/** What the browser offers: files (of the types Chromium takes) and text, text only, or no Web Share at all. */
type Offer = 'files' | 'text' | 'none';

function stubShare(page: Page, offer: Offer) {
  return page.addInitScript((offer: Offer) => {
    const handed: Handed[] = [];
    Object.assign(window, { handed, shareFails: '' });
    if (offer === 'none') {
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
      Object.defineProperty(Navigator.prototype, 'canShare', { value: undefined, configurable: true });
      return;
    }
    Object.defineProperty(Navigator.prototype, 'canShare', {
      configurable: true,
      value: (data: ShareData) => offer === 'files' && (data.files ?? []).every((f) => ['text/plain', 'text/csv'].includes(f.type)),
    });
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        handed.push({
          title: data.title,
          text: data.text,
          files: await Promise.all((data.files ?? []).map(async (f) => ({ name: f.name, type: f.type, text: await f.text() }))),
        });
        const fails = (window as unknown as { shareFails: string }).shareFails;
        if (fails) throw new DOMException('stubbed', fails);
      },
    });
  }, offer);
}

const handed = (page: Page) => page.evaluate(() => (window as unknown as { handed: Handed[] }).handed);
const failNextWith = (page: Page, name: string) => page.evaluate((name) => Object.assign(window, { shareFails: name }), name);

const plan = {
  ...emptyPlan(),
  sections: {
    ...emptyPlan().sections,
    'warning-signs': [{ text: 'Pulling away from people' }],
    'people-to-ask': [{ name: 'Sam', phone: '07700 900123', message: '', note: '' }],
  },
};

async function seedPlan(page: Page, offer: Offer) {
  await stubShare(page, offer);
  await page.goto('/plan');
  await putSealedRecords(page, [
    { type: 'plan', id: 'current', stored: { v: 3, data: plan } },
    {
      type: 'support-card',
      id: 'current',
      stored: { v: 1, data: { show: { warningSigns: true, whatHelps: false, sayAndDont: false, whoToCall: false }, say: [], dontSay: [] } },
    },
  ]);
}

test('the plan is shared as a file to the app picked, after saying so; a closed share sheet is not an error', async ({ page }) => {
  await seedPlan(page, 'files');
  await page.goto('/plan/print');
  const share = page.getByRole('region', { name: 'Share or save' });
  await expect(share).toContainText(
    /Share sends your plan, exactly as on this page, to the app you pick \(a message, an email, a drive\) as a file: ebb-plan-\d{4}-\d\d-\d\d\.txt\./,
  );
  await expect(share).toContainText('Nothing leaves this device until you choose.');

  await share.getByRole('button', { name: 'Share…' }).click();
  await expect(share.getByRole('status')).toHaveText('Passed to the app you picked.');
  const [call] = await handed(page);
  expect(call?.files).toHaveLength(1);
  expect(call?.files[0]?.name).toBe(`ebb-plan-${dayIn(ZONE)}.txt`);
  expect(call?.files[0]?.type).toBe('text/plain');
  expect(call?.files[0]?.text).toContain('Pulling away from people');
  expect(call?.files[0]?.text).toContain('07700 900123');
  expect(call?.files[0]?.text).not.toContain('Quick exit');

  // Closing the share sheet: said plainly, not as a failure.
  await failNextWith(page, 'AbortError');
  await share.getByRole('button', { name: 'Share…' }).click();
  await expect(share.getByRole('status')).toHaveText('Nothing was shared.');
  await expect(share.locator('.problem')).toHaveCount(0);

  // Any other failure is said next to the buttons, and saving the file still works.
  await failNextWith(page, 'NotAllowedError');
  await share.getByRole('button', { name: 'Share…' }).click();
  await expect(share.getByRole('status')).toHaveText('Sharing didn’t work: the browser didn’t allow it. You can save it as a file instead.');
  await expect(share.getByRole('button', { name: 'Share…' })).toHaveAccessibleDescription(/Sharing didn’t work/);
  const [download] = await Promise.all([page.waitForEvent('download'), share.getByRole('button', { name: 'Save as a file' }).click()]);
  expect(download.suggestedFilename()).toBe(`ebb-plan-${dayIn(ZONE)}.txt`);
  await expectAccessible(page, 'plan print with sharing', 1280);
});

test('the support card shares as text only what the person chose, where only text can be shared', async ({ page }) => {
  await seedPlan(page, 'text');
  await page.goto('/plan/support');
  const share = page.getByRole('region', { name: 'Share or save' });
  await expect(share).toContainText(
    'Share sends this card and the guide for supporters, exactly as on this page, to the app you pick (a message, an email, a note) as text.',
  );
  await share.getByRole('button', { name: 'Share…' }).click();
  const [call] = await handed(page);
  expect(call?.files).toEqual([]);
  expect(call?.title).toBe('How to support me');
  expect(call?.text).toContain('Pulling away from people');
  expect(call?.text).toContain('For the people supporting me');
  // Who to call was not chosen: Sam's number stays off the card and out of what is shared.
  expect(call?.text).not.toContain('07700 900123');
});

test('the support card is shared as a file that holds the card and then the full guide for supporters', async ({ page }) => {
  await seedPlan(page, 'files');
  await page.goto('/plan/support');
  const share = page.getByRole('region', { name: 'Share or save' });
  await expect(share).toContainText(
    /Share sends this card and the guide for supporters, exactly as on this page, to the app you pick \(a message, an email, a drive\) as a file: ebb-card-\d{4}-\d\d-\d\d\.txt\./,
  );
  await share.getByRole('button', { name: 'Share…' }).click();
  await expect(share.getByRole('status')).toHaveText('Passed to the app you picked.');
  const [call] = await handed(page);
  expect(call?.files).toHaveLength(1);
  const file = call?.files[0];
  expect(file?.name).toBe(`ebb-card-${dayIn(ZONE)}.txt`);
  expect(file?.type).toBe('text/plain');
  const text = file?.text ?? '';
  expect(text).toContain('Pulling away from people');
  for (const { title } of supporterGuide) expect(text).toContain(title);
  expect(text.indexOf('For the people supporting me')).toBeLessThan(text.indexOf('A guide for the people who help'));
  expect(text).toContain('Asking plainly about suicide does not put the idea in someone’s head.');
  // Brazil has no verified lines in Ebb yet: its emergency number from the table of every region, and the directory.
  expect(text).toContain('Emergency: 192');
  expect(text).toContain('Find A Helpline lists free, confidential helplines in many countries: https://findahelpline.com/');
  expect(text).not.toContain('07700 900123');
  expect(text).not.toContain('Share or save');
});

test('without Web Share, the plan is saved as a file or copied, and the screen says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedPlan(page, 'none');
  await page.goto('/plan/print');
  const share = page.getByRole('region', { name: 'Share or save' });
  await expect(share).toContainText(/This browser can’t pass things to other apps\. You can save your plan as a file, ebb-plan-/);
  await expect(share.getByRole('button', { name: 'Share…' })).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent('download'), share.getByRole('button', { name: 'Save as a file' }).click()]);
  expect(download.suggestedFilename()).toBe(`ebb-plan-${dayIn(ZONE)}.txt`);
  await expect(share.getByRole('status')).toHaveText(`Saved to your downloads as ebb-plan-${dayIn(ZONE)}.txt.`);
  await share.getByRole('button', { name: 'Copy the text' }).click();
  await expect(share.getByRole('status')).toHaveText('Copied. Paste it wherever you want it.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Pulling away from people');
});

test('the summary shares its CSV as a file, and its FHIR JSON (which the browser does not take as a file) as readable text', async ({ page }) => {
  await stubShare(page, 'files');
  await page.goto('/progress');
  await putSealedRecords(page, summaryRecords(ZONE));
  await page.goto('/progress/summary');
  const share = page.getByRole('region', { name: 'Share or save' });
  await expect(share).toContainText('as a file: ebb-summary-');
  await share.getByRole('button', { name: 'Share…' }).click();
  await share.getByRole('radio', { name: /FHIR R4/ }).check();
  await expect(share).toContainText('Share sends this summary, exactly as on this page, to the app you pick (a message, an email, a note) as text.');
  await share.getByRole('button', { name: 'Share…' }).click();
  const [csv, text] = await handed(page);
  expect(csv?.files[0]?.type).toBe('text/csv');
  expect(csv?.files[0]?.name).toMatch(/^ebb-summary-\d{4}-\d\d-\d\d\.csv$/);
  expect(csv?.files[0]?.text.split('\r\n')[0]).toContain('Urge to self-harm (0-5)');
  expect(text?.files).toEqual([]);
  expect(text?.text).toContain('Diary card summary');
  expect(text?.text).not.toContain('Thoughts of suicide');
});
