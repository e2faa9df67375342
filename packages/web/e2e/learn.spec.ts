// Learn: reached from Home and from the skills library; searched on the device; a page read with its links
// into the tools, its sources and its date (the same day in every time zone); read offline after a first
// visit; read aloud and stopped; and every state passes axe in light and dark at phone width.
import { type Page } from '@playwright/test';
import { learnPages } from '@ebb/content';
import { expectAccessible } from './axe.ts';
import { expect, test } from './page-errors.ts';

// Dates as en-GB writes them ("30 November 2026"), so the tests can say which day they expect.
test.use({ locale: 'en-GB' });

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** "Written 30 November 2026.": the day the page says it was written, as en-GB writes it. */
function writtenLine(id: string): string {
  const day = learnPages.find((p) => p.id === id)?.written ?? 'missing';
  const [year, month, date] = day.split('-').map(Number);
  const name = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, date)).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  return `Written ${name}.`;
}

test('Learn from Home: search, a page with its sources and date, and a link into a guide', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^Learn/ }).click();
  await expect(heading(page, 'Learn')).toBeFocused();
  await expect(page.getByRole('region', { name: 'Recovery' }).getByRole('link', { name: /^What recovery is/ })).toBeVisible();
  // The guide for the people who help is part of Learn too.
  const forSupporters = page.getByRole('region', { name: 'For the people who help you' });
  await expect(forSupporters.getByRole('link', { name: /^What self-harm is, and what it is not/ })).toBeVisible();

  // Any case, accents or not: every word must be found, and the results say how many.
  const search = page.getByRole('searchbox', { name: 'Search the pages' });
  await search.fill('RÉCOVERY plan');
  await expect(page.getByRole('status')).toHaveText(/^\d+ pages? match(es)? “RÉCOVERY plan”\.$/);
  await expect(page.getByRole('link', { name: /^What recovery is/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Recovery' })).toHaveCount(0);
  // Search words may be about a hard moment even when a page matches: Help now is offered with every search.
  await search.fill('I want to die');
  await expect(page.getByText('If things are hard right now, there are people you can talk to.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open Help now' })).toBeVisible();

  // Nothing found: said kindly, with the whole list still there and a way back to it.
  await search.fill('zzqx');
  await expect(page.getByRole('status')).toHaveText('No page matches “zzqx” yet. Try a shorter or different word, or look through all the pages.');
  await expect(page.getByRole('region', { name: 'Recovery' })).toBeVisible();
  // What was typed may have been about a hard moment rather than a page: Help now is offered right there.
  await page.getByRole('button', { name: 'Open Help now' }).click();
  const help = page.getByRole('dialog', { name: 'Help now' });
  await expect(help.getByRole('heading', { name: 'In danger right now?' })).toBeVisible();
  await help.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Show all pages' }).click();
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');
  await expect(page.getByRole('status')).toHaveText('');

  await page.getByRole('link', { name: /^What recovery is/ }).click();
  await expect(heading(page, 'What recovery is')).toBeFocused();
  const sources = page.getByRole('region', { name: 'Where this comes from' });
  await expect(sources.getByRole('listitem').first()).toBeVisible();
  await expect(sources.getByText(writtenLine('recovery'), { exact: true })).toBeVisible();
  // The address names Learn only, never what the page is about.
  expect(new URL(page.url()).pathname).toBe('/learn');

  // A link from the page into a skill's guide, and the way back to the page.
  await page.getByRole('link', { name: 'Try urge surfing' }).click();
  await expect(heading(page, 'Urge surfing')).toBeFocused();
  await page.getByRole('link', { name: 'Back to Learn', exact: true }).click();
  await expect(heading(page, 'What recovery is')).toBeFocused();
  await page.getByRole('link', { name: 'Back to Learn', exact: true }).click();
  await expect(heading(page, 'Learn')).toBeFocused();
});

test('Learn from the skills library, and Help now opened from a page as its panel', async ({ page }) => {
  await page.goto('/skills');
  await page.getByRole('link', { name: 'Learn about recovery, treatments and support' }).click();
  await expect(heading(page, 'Learn')).toBeFocused();
  await page.getByRole('link', { name: /^After a slip/ }).click();
  await expect(heading(page, 'After a slip')).toBeFocused();
  await page.getByRole('main').getByRole('link', { name: 'Get help now' }).click();
  await expect(page.getByRole('dialog', { name: 'Help now' }).getByRole('heading', { name: 'In danger right now?' })).toBeVisible();
});

test('an unknown page says so and leads to the list', async ({ page }) => {
  await page.goto('/learning');
  await expect(heading(page, 'This page isn’t here')).toBeVisible();
  await page.goto('/learn/no-such-page');
  await expect(heading(page, 'This page isn’t here')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'All Learn pages' }).click();
  await expect(heading(page, 'Learn')).toBeFocused();
});

// Far east and far west of UTC, and half an hour off it: the day written never moves.
for (const timezoneId of ['Pacific/Kiritimati', 'America/Sao_Paulo', 'Asia/Kolkata', 'Europe/Berlin']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });
    test('a page shows the day it was written, not the day before or after', async ({ page }) => {
      await page.goto('/learn/recovery');
      await expect(heading(page, 'What recovery is')).toBeVisible();
      await expect(page.getByText(writtenLine('recovery'), { exact: true })).toBeVisible();
    });
  });
}

test('a page read offline after a first visit, and again after a reload', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // Learn was never opened online: its code and pages come from what the first visit kept.
  await context.setOffline(true);
  await page.getByRole('link', { name: /^Learn/ }).click();
  await expect(heading(page, 'Learn')).toBeFocused();
  await page.getByRole('searchbox', { name: 'Search the pages' }).fill('slip');
  await page.getByRole('link', { name: /^After a slip/ }).click();
  await expect(heading(page, 'After a slip')).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'A slip is not the end' })).toBeVisible();
  await page.reload();
  await expect(heading(page, 'Learn')).toBeVisible();
  await page.getByRole('link', { name: /^What recovery is/ }).click();
  await expect(heading(page, 'What recovery is')).toBeFocused();
});

test.describe('read aloud', () => {
  test.beforeEach(async ({ page }) => {
    // The device's voice, stubbed: what Ebb hands over is kept, and it never finishes until stopped.
    await page.addInitScript(() => {
      const spoken: string[] = [];
      const voice = { cancels: 0 };
      Object.assign(window, { spoken, voice });
      Object.defineProperty(window, 'speechSynthesis', {
        value: { speak: (u: SpeechSynthesisUtterance) => spoken.push(u.text), cancel: () => void voice.cancels++ },
      });
    });
  });
  const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  const cancels = (page: Page) => page.evaluate(() => (window as unknown as { voice: { cancels: number } }).voice.cancels);

  test('reads the page in order, stops when asked, and stops when the page is left', async ({ page }) => {
    const recovery = learnPages.find((p) => p.id === 'recovery');
    const firstParagraph = recovery?.blocks.find((b) => b.kind === 'paragraph');
    await page.goto('/learn/recovery');
    await expect(heading(page, 'What recovery is')).toBeVisible();
    await page.getByRole('button', { name: 'Read this page aloud' }).click();
    const said = await spoken(page);
    expect(said[0]).toBe('What recovery is');
    expect(said).toContain(firstParagraph?.kind === 'paragraph' ? firstParagraph.text : 'a paragraph');
    // The links are for tapping, not reading out.
    expect(said).not.toContain('Try urge surfing');

    const before = await cancels(page);
    await page.getByRole('button', { name: 'Stop reading' }).click();
    await expect(page.getByRole('button', { name: 'Read this page aloud' })).toBeFocused();
    expect(await cancels(page)).toBeGreaterThan(before);

    // Opening Help now stops the voice: it never talks over the help.
    await page.getByRole('button', { name: 'Read this page aloud' }).click();
    await expect(page.getByRole('button', { name: 'Stop reading' })).toBeVisible();
    const beforeHelp = await cancels(page);
    await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
    const help = page.getByRole('dialog', { name: 'Help now' });
    await expect(help.getByRole('heading', { name: 'In danger right now?' })).toBeVisible();
    expect(await cancels(page)).toBeGreaterThan(beforeHelp);
    await help.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('button', { name: 'Read this page aloud' })).toBeVisible();

    await page.getByRole('button', { name: 'Read this page aloud' }).click();
    await expect(page.getByRole('button', { name: 'Stop reading' })).toBeVisible();
    const reading = await cancels(page);
    await page.getByRole('link', { name: 'Back to Learn', exact: true }).click();
    await expect(heading(page, 'Learn')).toBeFocused();
    expect(await cancels(page)).toBeGreaterThan(reading);
  });

  test('is not offered where the browser has no voice', async ({ page }) => {
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'speechSynthesis');
      Reflect.deleteProperty(Window.prototype, 'speechSynthesis');
    });
    await page.goto('/learn/recovery');
    await expect(page.getByText(writtenLine('recovery'), { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Read this page aloud' })).toHaveCount(0);
  });
});

test('reading aloud goes quiet at once on Quick exit', async ({ page }) => {
  // Counted outside the page, since the page itself is gone a moment later.
  let quietened = 0;
  await page.exposeFunction('noteCancel', () => void quietened++);
  await page.addInitScript(() => {
    const note = (window as unknown as { noteCancel: () => void }).noteCancel;
    Object.defineProperty(window, 'speechSynthesis', { value: { speak: () => undefined, cancel: () => note() } });
  });
  await page.route('https://www.google.com/**', (route) => route.fulfill({ body: 'elsewhere', contentType: 'text/plain' }));
  await page.goto('/learn/recovery');
  await page.getByRole('button', { name: 'Read this page aloud' }).click();
  await expect(page.getByRole('button', { name: 'Stop reading' })).toBeVisible();
  const before = quietened;
  await page.getByRole('banner').getByRole('link', { name: 'Quick exit' }).click();
  await expect(page).toHaveURL('https://www.google.com/');
  expect(quietened).toBeGreaterThan(before);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Learn's list, a search with no match and a page pass axe at 360 px (${colorScheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme });
    await page.goto('/learn');
    await expect(heading(page, 'Learn')).toBeVisible();
    await expectAccessible(page, `${colorScheme} /learn`);
    await page.getByRole('searchbox', { name: 'Search the pages' }).fill('zzqx');
    await expect(page.getByRole('button', { name: 'Show all pages' })).toBeVisible();
    await expectAccessible(page, `${colorScheme} /learn, nothing found`);
    await page.goto('/learn/after-a-slip');
    await expect(heading(page, 'After a slip')).toBeVisible();
    await expectAccessible(page, `${colorScheme} /learn/after-a-slip`);
  });
}
