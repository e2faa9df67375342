// Crisis lines in the person's language, on the Spanish, French and English builds (npm run build makes dist/,
// dist/es/ and dist/fr/): the lines that answer in the build's language come first, each line names the languages it
// answers in, and the 988 Lifeline offers its Spanish way in. Expected words come from the catalogues and content
// modules themselves, so these tests stay true as the translations land.
import type { Locator, Page } from '@playwright/test';
import { crisisHelp, crisisHelpEs, crisisHelpFr, type CountryHelp } from '@ebb/content';
import { expect, test } from './page-errors.ts';
import { en, type Messages } from '../src/i18n/en.ts';
import { es } from '../src/i18n/es.ts';
import { fr } from '../src/i18n/fr.ts';

/** The catalogue's `{name}` filling, as the app's `format` does it. */
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);

/** What the app says beside a line: the language names through Intl, in the device's locale for this language. */
const answersIn = (words: Messages, locale: string, codes: string[]) => {
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  return fill(words.helpNow.answersIn, { languages: new Intl.ListFormat(locale, { type: 'conjunction' }).format(codes.map((c) => names.of(c) ?? c)) });
};

const lineNamed = (help: CountryHelp, id: string) => help.lines.find((l) => l.id === id)!.name;

/** Opens Help now on `address` and shows the lines for `country`; returns the list of lines. */
async function linesFor(page: Page, address: string, words: Messages, country: CountryHelp): Promise<Locator> {
  await page.goto(address);
  await page.getByRole('link', { name: words.helpNow.open }).first().click();
  const dialog = page.getByRole('dialog', { name: words.helpNow.title });
  await dialog.getByLabel(words.helpNow.countryLabel).selectOption({ label: country.name });
  const lines = dialog.getByRole('region', { name: words.helpNow.linesTitle });
  await expect(lines.getByRole('heading', { name: country.lines[0]!.name })).toBeVisible();
  return lines;
}

const lineItem = (lines: Locator, name: string) => lines.getByRole('listitem').filter({ has: lines.page().getByRole('heading', { name, exact: true }) });

test.describe('in Spanish, in the United States', () => {
  test.use({ locale: 'es-US', timezoneId: 'America/Chicago' });

  test('988 comes first, with its Spanish way in: call and press 2, text AYUDA', async ({ page }) => {
    const us = crisisHelpEs.find((c) => c.code === 'US')!;
    const lines = await linesFor(page, '/es/', es, us);
    const headings = await lines.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings).toEqual([lineNamed(us, 'us-988'), lineNamed(us, 'us-crisis-text-line')]);

    const line988 = lineItem(lines, lineNamed(us, 'us-988'));
    const call = line988.getByRole('link', { name: fill(es.helpNow.call, { number: '988' }), exact: true });
    await expect(call).toHaveAttribute('href', 'tel:988');
    const spanish = new Intl.DisplayNames(['es-US'], { type: 'language' }).of('es')!;
    // The instruction is beside the button, and is the button's description.
    await expect(call).toHaveAccessibleDescription(fill(es.helpNow.pressFor, { key: '2', language: spanish }));
    await expect(line988.getByText(fill(es.helpNow.pressFor, { key: '2', language: spanish }))).toBeVisible();
    const text = line988.getByRole('link', { name: fill(es.helpNow.textKeyword, { keyword: 'AYUDA', number: '988' }) });
    await expect(text).toHaveAttribute('href', 'sms:988?&body=AYUDA');
    // The Spanish ways replace the plain call and text to 988 rather than sitting beside them.
    await expect(line988.getByRole('link', { name: fill(es.helpNow.text, { number: '988' }), exact: true })).toHaveCount(0);
    await expect(line988.getByText(answersIn(es, 'es-US', ['en', 'es']))).toBeVisible();

    // Crisis Text Line answers in Spanish too: its first word for Spanish is AYUDA, in place of HOME.
    const textLine = lineItem(lines, lineNamed(us, 'us-crisis-text-line'));
    await expect(textLine.getByText(answersIn(es, 'es-US', ['en', 'es']))).toBeVisible();
    await expect(textLine.getByRole('link', { name: fill(es.helpNow.textKeyword, { keyword: 'AYUDA', number: '741741' }) })).toHaveAttribute(
      'href',
      'sms:741741?&body=AYUDA',
    );
    await expect(textLine.getByRole('link', { name: fill(es.helpNow.textKeyword, { keyword: 'HOME', number: '741741' }) })).toHaveCount(0);
  });
});

test.describe('in French, in Canada', () => {
  test.use({ locale: 'fr-CA', timezoneId: 'America/Toronto' });

  test('9-8-8 is shown and says it answers in English and French', async ({ page }) => {
    const ca = crisisHelpFr.find((c) => c.code === 'CA')!;
    const lines = await linesFor(page, '/fr/', fr, ca);
    const line988 = lineItem(lines, lineNamed(ca, 'ca-988'));
    await expect(line988.getByText(answersIn(fr, 'fr-CA', ['en', 'fr']))).toBeVisible();
    const call = line988.getByRole('link', { name: fill(fr.helpNow.call, { number: '988' }), exact: true });
    await expect(call).toHaveAttribute('href', 'tel:988');
    // No key to press in French: only a line's own way in for a language carries one.
    await expect(call).toHaveAccessibleDescription('');
  });
});

test.describe('in English, in Germany', () => {
  test.use({ locale: 'en-GB', timezoneId: 'Europe/Berlin' });

  test('TelefonSeelsorge says beside its name that it answers in German', async ({ page }) => {
    const de = crisisHelp.find((c) => c.code === 'DE')!;
    const lines = await linesFor(page, '/', en, de);
    await expect(lineItem(lines, lineNamed(de, 'de-telefonseelsorge')).getByText(answersIn(en, 'en-GB', ['de']))).toBeVisible();
    expect(answersIn(en, 'en-GB', ['de'])).toBe('Answers in German.');
  });
});
