// Ebb in Spanish and French, as a person on a Spanish or French device meets it: the first response is already in
// their language (no flash of English, with or without JavaScript), Home, Ride it out through one guide, a
// check-in answered the hardest way, the plan's first part, choosing a language on Home and in Settings (kept
// after a reload), axe in each language in light and dark, and text 30 % longer still fitting at 360 px.
// Controls are found by role and name: the names come from each catalogue by their English words (say.ts).
import type { Page } from '@playwright/test';
import { planSectionsEs, planSectionsFr } from '@ebb/content';
import type { Language } from '@ebb/content';
import { expect, test } from './page-errors.ts';
import { expectAccessible } from './axe.ts';
import { say, startingWith } from './say.ts';

/** Every HTML document the browser received, as "status path", in order. */
function documentsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document') seen.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  return seen;
}

const homeHeading = (page: Page, language: Language) => page.getByRole('heading', { level: 1, name: say(language, 'Hello') });

const devices = {
  es: { locale: 'es-US', timezoneId: 'America/Sao_Paulo', sections: planSectionsEs, jsOff: 'es-MX', us: 'Estados Unidos' },
  fr: { locale: 'fr-CA', timezoneId: 'Asia/Kolkata', sections: planSectionsFr, jsOff: 'fr-FR', us: 'États-Unis' },
} as const;

for (const language of ['es', 'fr'] as const) {
  const device = devices[language];
  const word = (english: string, values?: Record<string, string | number>) => say(language, english, values);

  test.describe(`a ${language} device`, () => {
    test.use({ locale: device.locale, timezoneId: device.timezoneId });

    test('opens Ebb in its language: sent there before any page is shown, Home and its links in that language', async ({ page }) => {
      const documents = documentsOf(page);
      await page.goto('/');
      await expect(homeHeading(page, language)).toBeVisible();
      expect(documents).toEqual(['302 /', `200 /${language}/`]);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('link', { name: startingWith(word('Ride it out')) })).toHaveAttribute('href', `/${language}/ride`);
      await expect(page.getByRole('navigation', { name: word('Language') }).locator('[aria-current="true"]')).toHaveAttribute('lang', language);
      // A screen's address keeps its language after a reload.
      await page.getByRole('link', { name: startingWith(word('Skills')) }).click();
      await expect(page).toHaveURL(new RegExp(`/${language}/skills$`));
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: word('Skills') })).toBeVisible();
    });

    test('rides out an urge through one guide', async ({ page }) => {
      await page.goto(`/${language}/`);
      await page.getByRole('link', { name: startingWith(word('Ride it out')) }).click();
      await page
        .getByRole('group', { name: word('How strong is the urge right now?') })
        .getByRole('button', { name: '6', exact: true })
        .click();
      await page.getByRole('button', { name: word('Anxious or panicky') }).click();
      await page.getByRole('button', { name: word('Next') }).click();
      await expect(page.getByRole('heading', { level: 1, name: word('Try one of these') })).toBeVisible();
      await page
        .getByRole('button', { name: startingWith(word('Start: {name}', { name: '' })) })
        .first()
        .click();
      const understood = page.getByRole('button', { name: word('I’ve read this, start') });
      if (await understood.isVisible()) await understood.click();
      await page.getByRole('button', { name: word('I’ve finished this skill') }).click();
      await page
        .getByRole('group', { name: word('How strong is the urge now?') })
        .getByRole('button', { name: '3', exact: true })
        .click();
      await expect(page.getByText(word('It came down from {before} to {after}. You did that.', { before: 6, after: 3 }))).toBeVisible();
      await page.getByRole('button', { name: word('It has eased, I’m done') }).click();
      await expect(page.getByRole('heading', { level: 1, name: word('You rode it out') })).toBeVisible();
    });

    test('checks in the hardest way: a yes meets a kind question and help, not thanks alone', async ({ page }) => {
      await page.goto(`/${language}/`);
      await page.getByRole('link', { name: startingWith(word('Check in')) }).click();
      await page
        .getByRole('group', { name: word('Urge to self-harm today') })
        .getByRole('button', { name: '5', exact: true })
        .click();
      await page
        .getByRole('group', { name: word('Did you self-harm today?') })
        .getByRole('button', { name: word('Yes') })
        .click();
      await expect(
        page.getByRole('status').filter({ hasText: word('Are you hurt? If you are, or you’re not sure, medical help is there for you, whatever happened.') }),
      ).toBeVisible();
      await expect(page.getByRole('heading', { name: word('You don’t have to face this alone') })).toBeVisible();
      await expect(page.getByRole('link', { name: word('Ride it out') })).toHaveAttribute('href', `/${language}/ride`);
      await page.getByRole('button', { name: word('Save check-in') }).click();
      await expect(page.getByRole('status').filter({ hasText: word('Saved. Thank you for checking in.') })).toBeVisible();
      await page.getByRole('button', { name: word('Get medical help') }).click();
      const dialog = page.getByRole('dialog', { name: word('Help now') });
      await expect(dialog.getByRole('region', { name: word('I’ve already hurt myself') })).toBeVisible();
    });

    test('builds the plan’s first part', async ({ page }) => {
      const first = device.sections[0]!;
      const mine = language === 'es' ? 'Quedarme en mi cuarto todo el día' : 'Rester dans ma chambre toute la journée';
      await page.goto(`/${language}/`);
      await page.getByRole('link', { name: startingWith(word('My plan')) }).click();
      await page.getByRole('link', { name: word('Start my plan') }).click();
      await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeFocused();
      const idea = first.suggestions[0]!.text;
      await page.getByRole('button', { name: word('Add: {text}', { text: idea }) }).click();
      await expect(page.getByRole('button', { name: word('Add: {text}', { text: idea }) })).toBeDisabled();
      await page.getByRole('textbox', { name: word('In your words') }).fill(mine);
      await page.getByRole('button', { name: word('Add'), exact: true }).click();
      await expect(page.getByText(mine)).toBeVisible();
    });

    test('with JavaScript off, the first response shows crisis help in its language', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, locale: device.jsOff });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`/${language}/$`));
      const help = page.getByRole('region', { name: word('Help now') });
      await expect(help.getByText(word('Ebb needs JavaScript for most things. Help is below and works without it.'))).toBeVisible();
      const us = help.getByRole('region', { name: device.us, exact: true });
      await expect(us.getByRole('link', { name: word('Call {number}', { number: '911' }) })).toHaveAttribute('href', 'tel:911');
      await expect(help.getByRole('region', { name: word('I’ve already hurt myself') })).toBeVisible();
      await context.close();
    });
  });
}

test.describe('choosing a language', () => {
  test.use({ locale: 'en-GB', timezoneId: 'Asia/Tokyo' });

  test('on Home, then in Settings: each choice opens the same screen in that language and is kept after a reload', async ({ page }) => {
    await page.goto('/');
    await expect(homeHeading(page, 'en')).toBeVisible();
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/$/);
    await expect(homeHeading(page, 'fr')).toBeVisible();
    // Kept: "/" on this English device now opens French before anything is painted.
    const documents = documentsOf(page);
    await page.goto('/');
    await expect(homeHeading(page, 'fr')).toBeVisible();
    await expect(page).toHaveURL(/\/fr\/$/);
    expect(documents.at(-1)).toBe('200 /fr/');

    await page.goto('/fr/settings');
    const select = page.getByLabel(say('fr', 'Language'));
    await expect(select).toHaveValue('fr');
    await select.selectOption({ label: 'Español' });
    await expect(page).toHaveURL(/\/es\/settings$/);
    await expect(page.getByRole('heading', { level: 1, name: say('es', 'Settings') })).toBeVisible();
    await expect(page.getByLabel(say('es', 'Language'))).toHaveValue('es');
    // Back to the device's language: English, at the same screen, and "/" stays English.
    await page.getByLabel(say('es', 'Language')).selectOption({ label: say('es', 'Automatic ({language})', { language: 'English' }) });
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await page.goto('/');
    await expect(homeHeading(page, 'en')).toBeVisible();
  });
});

for (const language of ['es', 'fr'] as const) {
  test.describe(`accessible in ${language}`, () => {
    test.use({ locale: language === 'es' ? 'es-US' : 'fr-CA', timezoneId: 'Europe/Berlin' });

    for (const scheme of ['light', 'dark'] as const) {
      test(`Home and Help now pass axe in ${scheme}, at 360 px`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: 360, height: 780 });
        await page.goto(`/${language}/`);
        await expect(homeHeading(page, language)).toBeVisible();
        await expectAccessible(page, `${language} Home ${scheme}`);
        await page
          .getByRole('banner')
          .getByRole('link', { name: say(language, 'Help now') })
          .click();
        const dialog = page.getByRole('dialog', { name: say(language, 'Help now') });
        await expect(dialog).toBeVisible();
        // "I've already hurt myself" is reachable without scrolling on a small phone, in every language.
        await expect(dialog.getByRole('button', { name: say(language, 'I’ve already hurt myself') })).toBeInViewport();
        await expectAccessible(page, `${language} Help now ${scheme}`);
      });
    }

    test('text 30 % longer still fits at 360 px on Home, Help now, Ride it out, a check-in and Settings', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 780 });
      for (const path of ['/', '/ride', '/check-in', '/settings', '/plan']) {
        await page.goto(`/${language}${path}`);
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (path === '/')
          await page
            .getByRole('banner')
            .getByRole('link', { name: say(language, 'Help now') })
            .click();
        const clipped = await page.evaluate(() => {
          // Every text grows by 30 %, with its own letters, as a longer translation would.
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            if (text.trim().length > 1) node.textContent = text + text.slice(0, Math.ceil(text.length * 0.3));
          }
          const tooWide = document.documentElement.scrollWidth > window.innerWidth;
          const cut = [...document.querySelectorAll<HTMLElement>('button, a, label, h1, h2, h3, p, li, summary, legend, option')]
            .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
            .map((el) => `${el.tagName} ${el.textContent?.slice(0, 40)}`);
          return { tooWide, cut };
        });
        expect(clipped, `${language}${path}`).toEqual({ tooWide: false, cut: [] });
      }
    });
  });
}
