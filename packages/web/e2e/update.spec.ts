// A new version never interrupts Help now: it waits, is offered only once Help now is closed, and is
// applied only when the person chooses "Update now". The test serves its own copy of the build and
// publishes a new version by changing the service worker on disk.
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './page-errors.ts';
import { serveBuiltApp } from '../../../scripts/serve-built-app.mjs';

test('an update waits while Help now is open and is offered after it closes', async ({ page }) => {
  const webRoot = await mkdtemp(join(tmpdir(), 'ebb-update-'));
  await cp('packages/web/dist', webRoot, { recursive: true });
  const server = await serveBuiltApp({ webRoot });
  try {
    await page.goto(server.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
    const dialog = page.getByRole('dialog', { name: 'Help now' });
    await expect(dialog).toBeVisible();

    await appendFile(join(webRoot, 'sw.js'), '\n// next version\n');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state ?? null))).toBe('installed');

    // Help now stays open and undisturbed, and nothing is offered over it.
    await page.waitForTimeout(500);
    await expect(dialog).toBeVisible();
    await expect(page.getByText('A new version of Ebb is ready.')).toBeHidden();

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByText('A new version of Ebb is ready.')).toBeVisible();
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update now' }).click()]);
    await expect(page.getByRole('heading', { level: 1, name: 'Hello' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null))).toBeNull();
  } finally {
    server.stop();
    await rm(webRoot, { recursive: true, force: true });
  }
});
