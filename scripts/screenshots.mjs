// Takes the README's screenshots from the built app: `npm run screenshots` (after `npm run build`).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveBuiltApp } from './serve-built-app.mjs';
import { chromiumArgs, ensureChromium } from './chromium.mjs';

const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });
const server = await serveBuiltApp();
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, timezoneId: 'Europe/London', colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('heading', { name: 'Hello' }).waitFor();
  await page.screenshot({ path: `${out}/home.png` });
  await page.getByRole('link', { name: 'Help now' }).first().click();
  await page.getByRole('dialog', { name: 'Help now' }).waitFor();
  await page.screenshot({ path: `${out}/help-now.png` });
  await page.getByRole('dialog', { name: 'Help now' }).getByRole('button', { name: 'Close' }).click();

  // A plan, part by part, then the plan in a hard moment.
  await page.goto(`${server.url}plan/part/on-my-own`);
  await page.getByRole('button', { name: 'Add: Hold an ice cube wrapped in a cloth' }).click();
  await page.getByRole('button', { name: 'Add: Put on a song I love and sing along' }).click();
  await page.getByRole('status').filter({ hasText: 'Added to your plan.' }).waitFor();
  await page.screenshot({ path: `${out}/plan-part.png` });
  await page.goto(`${server.url}plan/part/people-to-ask`);
  await page.getByLabel('Name').fill('Sam');
  await page.getByLabel('Phone number (optional)').fill('07700 900123');
  await page.getByRole('button', { name: /^Use: I’m not okay/ }).click();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Added to your plan.' }).waitFor();
  await page.goto(`${server.url}plan/part/first-step`);
  await page.getByRole('button', { name: 'Use: Breathe out slowly, then open Help now' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await page.goto(`${server.url}plan/now`);
  await page.getByRole('region', { name: 'Do this first' }).waitFor();
  await page.screenshot({ path: `${out}/plan-now.png` });

  // Ride it out: the suggestions after naming a feeling.
  await page.goto(`${server.url}ride`);
  await page.getByRole('button', { name: '7', exact: true }).click();
  await page.getByRole('button', { name: 'Anxious or panicky' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: 'Try one of these' }).waitFor();
  await page.screenshot({ path: `${out}/ride-it-out.png` });

  // The daily check-in.
  await page.goto(`${server.url}check-in`);
  await page.getByRole('group', { name: 'Urge to self-harm today' }).getByRole('button', { name: '1', exact: true }).click();
  await page.getByRole('group', { name: 'Did you self-harm today?' }).getByRole('button', { name: 'No' }).click();
  await page.getByRole('group', { name: 'Sadness, 0 to 5' }).getByRole('button', { name: '2' }).click();
  await page.mouse.wheel(0, -5000);
  await page.screenshot({ path: `${out}/check-in.png` });

  // A passphrase, then the lock screen.
  await page.goto(`${server.url}privacy`);
  await page.getByRole('button', { name: 'Set a passcode' }).click();
  await page.getByLabel('New passcode').fill('the tide comes back');
  await page.getByLabel('Type it again').fill('the tide comes back');
  await page.getByRole('button', { name: 'Save passcode' }).click();
  await page.getByRole('checkbox', { name: 'I’ve kept my recovery key somewhere safe' }).check({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('heading', { name: 'Ebb is locked' }).waitFor();
  await page.screenshot({ path: `${out}/locked.png` });
  await context.close();
} finally {
  await browser.close();
  server.stop();
}
