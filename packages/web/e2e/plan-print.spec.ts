// Printing: the plan prints (and saves as PDF) as a clean document with no app chrome, and the "How to
// support me" card prints only the parts the person chose, always with the guidance for supporters.
import { type Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildSmallPlan } from './plan.ts';
import { whenSaved } from './raw-idb.ts';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

/** The text of a PDF that Chromium printed, pages joined, spacing normalised. */
async function pdfText(page: Page): Promise<{ pages: number; text: string }> {
  const pdf = await page.pdf({ format: 'A4' });
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + ' ';
  }
  return { pages: doc.numPages, text: text.replace(/\s+/g, ' ') };
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
