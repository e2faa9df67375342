// The summary for a clinician: from Progress, a month chosen part by part (the thoughts-of-suicide row, notes
// and look backs only when ticked), saved as CSV and as FHIR R4 JSON (read back and checked), and printed to
// a PDF of at most two pages that is drawn and looked at; all in a time zone far from UTC.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import { expectAccessible } from './axe.ts';
import { pdfPicture } from './pdf-image.ts';
import { whenSaved } from './raw-idb.ts';
import { putSealedRecords } from './seal-raw.ts';
import { dayIn, daysInMonth, lastMonthIn, summaryRecords } from './summary-data.ts';

const ZONE = 'Asia/Kolkata';
test.use({ timezoneId: ZONE, locale: 'en-GB', acceptDownloads: true });

/** Every Blob made into a download link, by type, so the file's media type can be checked. */
const recordBlobTypes = (page: Page) =>
  page.addInitScript(() => {
    const made: string[] = [];
    Object.assign(window, { madeBlobTypes: made });
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) made.push(blob.type);
      return create(blob);
    };
  });
const lastBlobType = (page: Page) => page.evaluate(() => (window as unknown as { madeBlobTypes: string[] }).madeBlobTypes.at(-1));

async function save(page: Page): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as a file' }).click()]);
  return { download, text: await readFile(await download.path(), 'utf8') };
}

async function openSummary(page: Page) {
  await recordBlobTypes(page);
  await page.goto('/progress');
  await putSealedRecords(page, summaryRecords(ZONE));
  await page.goto('/progress');
  await page.getByRole('link', { name: 'A summary for my clinician' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'A summary for my clinician' })).toBeVisible();
}

test('a month from Progress, part by part, as CSV, FHIR R4 and a printed PDF', async ({ page, context }, testInfo) => {
  const month = lastMonthIn(ZONE);
  await openSummary(page);
  const preview = page.getByRole('article', { name: 'Diary card summary' });

  // The default is the last seven days, today's card among them.
  await expect(page.getByRole('combobox', { name: 'Which week?' })).toHaveValue(dayIn(ZONE));
  await expect(preview.getByRole('table')).toContainText('2');

  await page.getByRole('radio', { name: 'A month' }).check();
  await page.getByRole('combobox', { name: 'Which month?' }).selectOption(month);
  await expect(preview).toContainText(`${daysInMonth(month)}`);
  await expect(preview).toContainText('not recorded');
  await expect(preview).toContainText('an argument');
  await expect(preview).toContainText('Version 1');
  // Left out until ticked: the thoughts-of-suicide row, notes, and the look back on the slip.
  await expect(page.getByRole('checkbox', { name: 'Thoughts of suicide' })).not.toBeChecked();
  await expect(preview).not.toContainText('Thoughts of suicide');
  await expect(preview).not.toContainText('HYPERLINK');
  await expect(preview).not.toContainText('a hard phone call');
  const lookBack = page.getByRole('checkbox', { name: /^Looking back on / });
  await expect(lookBack).not.toBeChecked();

  await page.getByRole('checkbox', { name: 'Thoughts of suicide' }).check();
  await page.getByRole('checkbox', { name: 'Notes in your own words' }).check();
  await lookBack.check();
  await expect(preview).toContainText('Thoughts of suicide (0-5)');
  await expect(preview).toContainText('a hard phone call');
  await expect(preview).toContainText('call Sam first');
  await page.setViewportSize({ width: 360, height: 780 });
  await expectAccessible(page, 'summary at phone width', 360);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'summary, dark', 1280);
  await page.emulateMedia({ colorScheme: 'light' });

  // CSV: one row a day, a day with no card "not recorded", a note that looks like a formula neutralised.
  await expect(page.getByRole('radio', { name: /Spreadsheet \(CSV\)/ })).toBeChecked();
  await expect(page.getByText(`ebb-summary-${month}.csv`, { exact: false })).toBeVisible();
  const csv = await save(page);
  expect(csv.download.suggestedFilename()).toBe(`ebb-summary-${month}.csv`);
  expect(await lastBlobType(page)).toBe('text/csv');
  const lines = csv.text.split('\r\n').filter((l) => l !== '');
  expect(lines).toHaveLength(daysInMonth(month) + 1);
  expect(lines[0]).toContain('Thoughts of suicide (0-5)');
  expect(lines[0]).toContain('Paced breathing');
  expect(lines[1]).toContain('not recorded');
  const third = lines.find((l) => l.startsWith(`${month}-03`)) ?? '';
  expect(third).toContain(`"'=HYPERLINK(""x"")"`);
  expect(third).toMatch(/,4,no,2,/);
  await expect(page.getByRole('status').filter({ hasText: `Saved to your downloads as ebb-summary-${month}.csv.` })).toBeVisible();

  // FHIR R4: a Bundle with the diary card's Questionnaire and one response per recorded day.
  await page.getByRole('radio', { name: /FHIR R4/ }).check();
  const fhir = await save(page);
  expect(fhir.download.suggestedFilename()).toBe(`ebb-summary-${month}.json`);
  expect(await lastBlobType(page)).toBe('application/fhir+json');
  const bundle = JSON.parse(fhir.text) as {
    resourceType: string;
    entry: Array<{ resource: { resourceType: string; questionnaire?: string; authored?: string } }>;
  };
  expect(bundle.resourceType).toBe('Bundle');
  const kinds = bundle.entry.map((e) => e.resource.resourceType);
  expect(kinds).toContain('Questionnaire');
  const responses = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'QuestionnaireResponse');
  // Recorded days: the 3rd (card and urge), the 4th (card) and the 10th (card and slip); today is another month.
  expect(responses).toHaveLength(3);
  expect(fhir.text).toContain('a hard phone call');
  expect(fhir.text).toContain('+05:30');

  // Printed: at most two pages, the summary's headings and the chosen rows, nothing of the app around it.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  const picture = await pdfPicture(context, pdf);
  await testInfo.attach('summary-page-1.png', { body: picture.png, contentType: 'image/png' });
  expect(picture.pages).toBeLessThanOrEqual(2);
  expect(picture.width).toBeGreaterThan(picture.height); // across the page, so the card's columns fit
  const printed = picture.texts.join(' ');
  for (const words of ['Diary card summary', 'Urge episodes', 'Looking back on slips', 'My plan', 'Thoughts of suicide (0-5)', 'not recorded', 'an argument']) {
    expect(printed).toContain(words);
  }
  for (const chrome of ['Quick exit', 'Help now', 'Which month?', 'Save as a file']) expect(printed).not.toContain(chrome);
  // Drawn, with ink on it: a table and words, not an empty page.
  expect(picture.inked).toBeGreaterThan(0.02);
  expect(picture.inked).toBeLessThan(0.5);
});

test('the summary works by keyboard alone, and its file names say nothing in discreet mode', async ({ page }) => {
  await openSummary(page);
  await page.getByRole('radio', { name: 'A week' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'A month' })).toBeChecked();
  await page.getByRole('button', { name: 'Save as a file' }).focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe(`ebb-summary-${dayIn(ZONE).slice(0, 7)}.csv`);

  await page.goto('/privacy');
  await whenSaved(page, 'settings', () => page.getByRole('checkbox', { name: /Show “Notes” as the name/ }).check());
  await page.goto('/progress/summary');
  await expect(page.getByText('notes-', { exact: false }).first()).toBeVisible();
  const [quiet] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as a file' }).click()]);
  expect(quiet.suggestedFilename()).toMatch(/^notes-\d{4}-\d\d-\d\d\.csv$/);
});
