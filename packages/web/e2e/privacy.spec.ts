// Privacy: no request ever leaves Ebb's origin, and nothing typed into Ebb is stored readable.
import { expect, test } from './page-errors.ts';
import { readRawRecords, waitForRecord, whenSaved } from './raw-idb.ts';
import { screens } from './routes.ts';

// One test per screen, each with its own time, so a busy machine slowing every page cannot add up.
for (const screen of screens) {
  test(`${screen.path} and Help now make requests only to Ebb’s own origin`, async ({ page, baseURL }) => {
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.goto(screen.path);
    await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
    await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
    await page.getByRole('dialog', { name: 'Help now' }).getByRole('button', { name: 'I’ve already hurt myself' }).click();
    await page.getByRole('dialog', { name: 'Help now' }).getByRole('button', { name: 'Close' }).click();
    await page.waitForLoadState('networkidle');
    expect([...origins]).toEqual([new URL(baseURL!).origin]);
  });
}

test('the raw IndexedDB holds none of the words typed into Ebb', async ({ page }) => {
  const typed = { name: 'Marigold Featherstone', phone: '07700 900 417', note: 'umbrella lighthouse tangerine' };
  await page.goto('/contacts');
  await page.getByLabel('Name').fill(typed.name);
  await page.getByLabel('Phone number (optional)').fill(typed.phone);
  await page.getByLabel('Who they are to you (optional)').fill(typed.note);
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('status')).toHaveText(`${typed.name} saved.`);

  await page.goto('/settings');
  await whenSaved(page, 'settings', () => page.getByLabel('Country for Help now').selectOption({ label: 'New Zealand' }));
  await whenSaved(page, 'settings', () => page.getByRole('radio', { name: 'Dark' }).check());
  await waitForRecord(page, 'plan');

  const records = await readRawRecords(page);
  expect(records.map((r) => r.type).sort()).toEqual(['plan', 'plan-version', 'settings']);
  const everything = records.map((r) => r.bytes).join('\n');
  // Settings are JSON, so the country and theme are looked for as JSON strings, quotes included: two bare
  // letters turn up in a few kilobytes of random ciphertext about once in ten runs.
  for (const word of ['Marigold', 'Featherstone', '07700', '900 417', 'umbrella', 'lighthouse', 'tangerine', '"NZ"', '"dark"']) {
    expect(everything).not.toContain(word);
  }
  // Nothing else on the device holds it either.
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});
