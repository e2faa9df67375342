// Printing: the plan prints (and saves as PDF) as a clean document with no app chrome, and the "How to
// support me" card prints only the parts the person chose, always with the guidance for supporters and,
// from the next page on, the full guide for supporters with the country's numbers written out.
import { type Page } from '@playwright/test';
import { supporterGuide } from '@ebb/content';
import { expect, test } from './page-errors.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildSmallPlan } from './plan.ts';
import { whenSaved } from './raw-idb.ts';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

/** The text of a PDF that Chromium printed, each page's and all pages joined, spacing normalised. */
async function pdfText(page: Page): Promise<{ pages: number; text: string; perPage: string[] }> {
  const pdf = await page.pdf({ format: 'A4' });
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const perPage: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    perPage.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  return { pages: doc.numPages, text: perPage.join(' '), perPage };
}

test('the plan prints to PDF with its words and numbers, and without the app around it', async ({ page }) => {
  await buildSmallPlan(page);
  await page.getByRole('link', { name: 'Print or save as PDF' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Print my plan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();

  const { pages, text } = await pdfText(page);
  expect(pages).toBeLessThanOrEqual(2);
  for (const words of [
    'Pulling away from people',
    'Sam , 07700 900123',
    'I’m not okay. Can we talk?',
    'Dr Lee',
    'Out of hours: 020 7946 0999',
    'Samaritans',
    'My little brother',
    'Hold something cold, then call someone',
  ]) {
    expect(text).toContain(words);
  }
  // "Do this first" leads the printed plan.
  expect(text.indexOf('Hold something cold')).toBeLessThan(text.indexOf('Pulling away from people'));
  for (const chrome of ['Quick exit', 'Help now', 'Print my plan', 'Print or save as PDF']) expect(text).not.toContain(chrome);
});

test('the support card prints only what the person chose, with guidance for supporters', async ({ page }) => {
  await buildSmallPlan(page);
  await page.getByRole('link', { name: /How to support me/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How to support me' })).toBeVisible();
  // Nothing is on the card until chosen.
  await expect(page.getByText('Choose what to include above.', { exact: false })).toBeVisible();
  await whenSaved(page, 'support-card', () => page.getByRole('checkbox', { name: /My warning signs/ }).check());
  await whenSaved(page, 'support-card', () => page.getByRole('checkbox', { name: /What to say, and what not to say/ }).check());
  await whenSaved(page, 'support-card', () => page.getByRole('button', { name: 'Add: Please don’t tell me to just stop' }).click());
  await page.getByLabel('In your words').first().fill('Sit with me and put the TV on');
  await whenSaved(page, 'support-card', () => page.getByRole('button', { name: 'Add', exact: true }).first().click());
  await expect(page.getByRole('article', { name: 'How to support me' })).toContainText('Sit with me and put the TV on');

  // Chosen parts survive a reload (kept encrypted like the plan). The address shown for the card is the
  // plan's (neutral history), so the reload opens the plan and the card is opened again from there.
  await page.reload();
  await page.goto('/plan/support');
  await expect(page.getByRole('checkbox', { name: /My warning signs/ })).toBeChecked();

  const { text } = await pdfText(page);
  for (const words of [
    'Pulling away from people',
    'Sit with me and put the TV on',
    'Please don’t tell me to just stop',
    'For the people supporting me',
    'Look after yourself too',
  ]) {
    expect(text).toContain(words);
  }
  // Not chosen: who to call and what helps are left off.
  expect(text).not.toContain('07700 900123');
  expect(text).not.toContain('Put on a song');
  expect(text).not.toContain('What should a supporter see?');
});

test('the support card prints with the full guide for supporters, from a new page, with the numbers written out', async ({ page }) => {
  await buildSmallPlan(page);
  await page.goto('/plan/support');
  // The screen says the guide goes with the card, and shows it below the card.
  await expect(page.getByText('A short guide for the people who help you always goes with the card', { exact: false })).toBeVisible();
  const guide = page.getByRole('article', { name: 'A guide for the people who help' });
  for (const { title } of supporterGuide) await expect(guide.getByRole('heading', { level: 3, name: title })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print the card and the guide' })).toBeVisible();

  const { perPage, text } = await pdfText(page);
  // The card on the first page, alone; the guide after it.
  expect(perPage[0]).toContain('For the people supporting me');
  expect(perPage[0]).not.toContain('A guide for the people who help');
  // The card's guidance says to call the emergency number, so the number is on the card even without "Who to call",
  // with its country: a supporter may read the card somewhere else.
  expect(perPage[0]).toContain('Emergency (United Kingdom): 999');
  for (const { title } of supporterGuide) expect(text).toContain(title);
  expect(text).toContain('Asking plainly about suicide does not put the idea in someone’s head.');
  expect(text.indexOf('For the people supporting me')).toBeLessThan(text.indexOf('A guide for the people who help'));
  // On paper there is no Help now: the country's numbers are written where the guide points to it.
  expect(text).toContain('Numbers for United Kingdom:');
  expect(text).toContain('Emergency: 999');
  expect(text).toContain('Samaritans');
  expect(text).not.toContain('are in Help now');
  // When it was written, and from what.
  expect(text).toMatch(/Written \d{1,2} [A-Z][a-z]+ \d{4}, from NHS, NICE and Mind guidance, published research and the organisations it names\./);
  // The person's own contacts stay off unless "Who to call" is chosen.
  expect(text).not.toContain('07700 900123');
  for (const chrome of ['Quick exit', 'Share or save', 'Print the card and the guide']) expect(text).not.toContain(chrome);
});
