// Ebb in Spanish and French, as a person on a Spanish or French device meets it: the first response is already in
// their language (no flash of English, with or without JavaScript), Home, Ride it out through one guide, a
// check-in answered the hardest way, the plan's first part, choosing a language on Home and in Settings (kept
// after a reload), axe in each language in light and dark, and text 30 % longer still fitting at 360 px.
// Controls are found by role and name: the names come from each catalogue by their English words (say.ts).
import type { Page } from '@playwright/test';
import { planSectionsFr } from '@ebb/content';
import type { Language } from '@ebb/content';
import { expect, test } from './page-errors.ts';
import { expectAccessible } from './axe.ts';
import { say } from './say.ts';

/** Every HTML document the browser received, as "status path", in order. */
function documentsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document') seen.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  return seen;
}

const homeHeading = (page: Page, language: Language) => page.getByRole('heading', { level: 1, name: say(language, 'Hello') });

test.describe('a Spanish device', () => {
  test.use({ locale: 'es-US', timezoneId: 'America/Sao_Paulo' });

  test('opens Ebb in Spanish: sent to /es/ before any page is shown, Home and its title in Spanish', async ({ page }) => {
    const documents = documentsOf(page);
    await page.goto('/');
    await expect(homeHeading(page, 'es')).toBeVisible();
    expect(documents).toEqual(['302 /', '200 /es/']);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('link', { name: new RegExp(`^${say('es', 'Ride it out')}`) })).toHaveAttribute('href', '/es/ride');
    await expect(page.getByRole('navigation', { name: say('es', 'Language') }).getByText('Español')).toHaveAttribute('aria-current', 'true');
    // A screen's address keeps its language after a reload.
    await page.getByRole('link', { name: new RegExp(`^${say('es', 'Skills')}`) }).click();
    await expect(page).toHaveURL(/\/es\/skills$/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: say('es', 'Skills') })).toBeVisible();
  });

  test('rides out an urge through one guide, in Spanish', async ({ page }) => {
    await page.goto('/es/');
    await page.getByRole('link', { name: new RegExp(`^${say('es', 'Ride it out')}`) }).click();
    await page
      .getByRole('group', { name: say('es', 'How strong is the urge right now?') })
      .getByRole('button', { name: '6', exact: true })
      .click();
    await page.getByRole('button', { name: say('es', 'Anxious or panicky') }).click();
    await page.getByRole('button', { name: say('es', 'Next') }).click();
    await expect(page.getByRole('heading', { level: 1, name: say('es', 'Try one of these') })).toBeVisible();
    await page
      .getByRole('button', { name: new RegExp(`^${say('es', 'Start: {name}', { name: '' })}`) })
      .first()
      .click();
    const understood = page.getByRole('button', { name: say('es', 'I’ve read this, start') });
    if (await understood.isVisible()) await understood.click();
    await page.getByRole('button', { name: say('es', 'I’ve finished this skill') }).click();
    await page
      .getByRole('group', { name: say('es', 'How strong is the urge now?') })
      .getByRole('button', { name: '3', exact: true })
      .click();
    await expect(page.getByText(say('es', 'It came down from {before} to {after}. You did that.', { before: 6, after: 3 }))).toBeVisible();
    await page.getByRole('button', { name: say('es', 'It has eased, I’m done') }).click();
    await expect(page.getByRole('heading', { level: 1, name: say('es', 'You rode it out') })).toBeVisible();
  });

  test('with JavaScript off, the first response shows crisis help in Spanish', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'es-MX' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/es\/$/);
    const help = page.getByRole('region', { name: say('es', 'Help now') });
    await expect(help.getByText(say('es', 'Ebb needs JavaScript for most things. Help is below and works without it.'))).toBeVisible();
    const us = help.getByRole('region', { name: 'Estados Unidos', exact: true });
    await expect(us.getByRole('link', { name: say('es', 'Call {number}', { number: '911' }) })).toHaveAttribute('href', 'tel:911');
    await expect(help.getByRole('region', { name: say('es', 'I’ve already hurt myself') })).toBeVisible();
    await context.close();
  });
});

test.describe('a French device in Canada', () => {
  test.use({ locale: 'fr-CA', timezoneId: 'Asia/Kolkata' });

  test('checks in the hardest way, in French: a yes meets a kind question and help, not thanks alone', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/fr\/$/);
    await page.getByRole('link', { name: new RegExp(`^${say('fr', 'Check in')}`) }).click();
    await page
      .getByRole('group', { name: say('fr', 'Urge to self-harm today') })
      .getByRole('button', { name: '5', exact: true })
      .click();
    await page
      .getByRole('group', { name: say('fr', 'Did you self-harm today?') })
      .getByRole('button', { name: say('fr', 'Yes') })
      .click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: say('fr', 'Are you hurt? If you are, or you’re not sure, medical help is there for you, whatever happened.') }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: say('fr', 'You don’t have to face this alone') })).toBeVisible();
    await expect(page.getByRole('link', { name: say('fr', 'Ride it out') })).toHaveAttribute('href', '/fr/ride');
    await page.getByRole('button', { name: say('fr', 'Save check-in') }).click();
    await expect(page.getByRole('status').filter({ hasText: say('fr', 'Saved.') })).toBeVisible();
    await page.getByRole('button', { name: say('fr', 'Get medical help') }).click();
    const dialog = page.getByRole('dialog', { name: say('fr', 'Help now') });
    await expect(dialog.getByRole('region', { name: say('fr', 'I’ve already hurt myself') })).toBeVisible();
  });

  test('builds the plan’s first part in French', async ({ page }) => {
    const first = planSectionsFr[0]!;
    await page.goto('/fr/');
    await page.getByRole('link', { name: new RegExp(`^${say('fr', 'My plan')}`) }).click();
    await page.getByRole('link', { name: say('fr', 'Start my plan') }).click();
    await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeFocused();
    const idea = first.suggestions[0]!.text;
    await page.getByRole('button', { name: say('fr', 'Add: {text}', { text: idea }) }).click();
    await expect(page.getByRole('button', { name: say('fr', 'Add: {text}', { text: idea }) })).toBeDisabled();
    await page.getByRole('textbox', { name: say('fr', 'In your words') }).fill('Rester dans ma chambre toute la journée');
    await page.getByRole('button', { name: say('fr', 'Add'), exact: true }).click();
    await expect(page.getByText('Rester dans ma chambre toute la journée')).toBeVisible();
  });
});

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
    await page.getByLabel(say('es', 'Language')).selectOption({ label: say('es', 'Match my device ({language})', { language: 'English' }) });
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
