// A passcode change over a long history, with the browser closed midway: on the next start Ebb finishes
// moving every record to the new key before anything else, the new passcode opens it, and nothing is lost.
import { chromium } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { readRawRecords, waitForRecord } from './raw-idb.ts';
import { putSealedRecords, type RawRecord } from './seal-raw.ts';

const RECORDS = 3000;
const PASSPHRASE = 'a long way round the bay';

/** `count` journal entries, as Ebb stores them. */
const entries = (count: number): RawRecord[] =>
  Array.from({ length: count }, (_, i) => ({
    type: 'journal-entry',
    id: `seed-${String(i).padStart(5, '0')}`,
    stored: { v: 1, data: { createdAt: i, updatedAt: i, prompt: null, text: `Entry ${i}`, feelings: [], triggers: [] } },
  }));

test('a passcode change closed midway finishes on the next start, and every record opens with the new passcode', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'ebb-rotation-'));
  const launch = async () => {
    const context = await chromium.launchPersistentContext(dir, { executablePath: chromiumPath(), args: chromiumArgs, ...(baseURL ? { baseURL } : {}) });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    return { context, page, errors };
  };
  try {
    let { context, page, errors } = await launch();
    await page.goto('/contacts');
    await page.getByLabel('Name').fill('Indigo');
    await page.getByRole('button', { name: 'Add' }).click();
    await waitForRecord(page, 'plan');
    await putSealedRecords(page, entries(RECORDS));
    const before = await readRawRecords(page);

    await page.goto('/privacy');
    await page.getByRole('button', { name: 'Set a passcode' }).click();
    await page.getByRole('radio', { name: /Passphrase/ }).check();
    await page.getByLabel('New passcode').fill(PASSPHRASE);
    await page.getByLabel('Type it again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Save passcode' }).click();
    // Closed as soon as the first records are sealed again: the rest is still under the old key.
    await expect(page.getByRole('status').filter({ hasText: /Sealing everything again under a new key: \d+ done/ })).toBeVisible({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await context.close();

    ({ context, page, errors } = await launch());
    await page.goto('/journal');
    await expect(page.getByRole('heading', { level: 1, name: 'Ebb is locked' })).toBeVisible({ timeout: 60_000 });
    const after = await readRawRecords(page);
    expect(after).toHaveLength(before.length);
    // Every envelope was sealed again: none is left as it was under the old key.
    const old = new Set(before.map((r) => r.bytes));
    expect(after.filter((r) => old.has(r.bytes))).toEqual([]);
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(page.getByText(`Entry ${RECORDS - 1}`, { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Entry 0', { exact: true })).toBeVisible();
    await page.getByRole('banner').getByRole('link', { name: 'Help now' }).click();
    await expect(page.getByRole('dialog', { name: 'Help now' }).getByRole('heading', { name: 'Indigo' })).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
