// What a copy of the browser's files gives away (issue 11, H1/H2). A real Chromium profile on disk: records
// written, a passcode set, changed, then everything deleted — and after each step, with the browser closed,
// every 32-byte window of every file in the profile folder is tried as the key of records Ebb wrote. None
// may open: not the records sealed before the passcode, not those after, and nothing after Delete everything.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { encryptBlock, setKey } from './aes-block.ts';
import { scanForRecordKeys, type KnownRecord } from './file-scan.ts';
import { confirmPasscode, setPassphrase } from './passcode.ts';
import { readRawRecords, waitForRecord } from './raw-idb.ts';

const FIRST = 'the tide comes back';
const SECOND = 'a slower river at night';

async function launch(dir: string, baseURL: string | undefined): Promise<{ context: BrowserContext; page: Page; errors: Error[] }> {
  const context = await chromium.launchPersistentContext(dir, { executablePath: chromiumPath(), args: chromiumArgs, ...(baseURL ? { baseURL } : {}) });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000); // a step that cannot happen fails here, not at the end of the long test
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return { context, page, errors };
}

/** The records sealed under the vault key now in use (opened with the passcode once there is one). */
async function knownRecords(page: Page, passcode?: string): Promise<KnownRecord[]> {
  const raw = await readRawRecords(page, passcode);
  return raw.flatMap((r) =>
    (r.type === 'journal-entry' || r.type === 'plan') && r.id !== undefined && r.envelope !== undefined
      ? [{ type: r.type, id: r.id, envelope: Buffer.from(r.envelope, 'latin1') }]
      : [],
  );
}

async function unlock(page: Page, passphrase: string) {
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

test('no file of the profile holds a key that opens a record: after setting, changing the passcode, and after Delete everything', async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(420_000); // three scans of a few megabytes, at several seconds each on a busy machine
  const dir = mkdtempSync(join(tmpdir(), 'ebb-profile-'));
  const known: KnownRecord[] = [];
  const scan = (step: string) => {
    const result = scanForRecordKeys(dir, known);
    testInfo.annotations.push({ type: `scan after ${step}`, description: `${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB, ${result.ms} ms` });
    console.log(`file scan after ${step}: ${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB, ${result.ms} ms`);
    expect(result.found, `a key in the files after ${step}`).toEqual([]);
  };
  try {
    // Records first, with no passcode (as every profile starts), then a passcode.
    let { context, page, errors } = await launch(dir, baseURL);
    await page.goto('/contacts');
    await page.getByLabel('Name').fill('Indigo');
    await page.getByRole('button', { name: 'Add' }).click();
    await waitForRecord(page, 'plan');
    await page.goto('/journal/new');
    await page.getByLabel('Your entry').fill('Walked by the river after the argument');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await waitForRecord(page, 'journal-entry');
    known.push(...(await knownRecords(page)));
    await setPassphrase(page, FIRST);
    const afterSet = await knownRecords(page, FIRST);
    expect(afterSet).toHaveLength(2);
    expect(afterSet.map((r) => r.envelope.toString('hex'))).not.toContain(known[0]?.envelope.toString('hex'));
    known.push(...afterSet);
    expect(errors).toEqual([]);
    await context.close();
    scan('setting a passcode');

    // Change it: the old passcode opens nothing any more.
    ({ context, page, errors } = await launch(dir, baseURL));
    await page.goto('/privacy');
    await unlock(page, FIRST);
    await page.getByRole('button', { name: 'Change passcode' }).click();
    await confirmPasscode(page, 'Change passcode', FIRST, 'Continue');
    await page.getByRole('radio', { name: /Passphrase/ }).check();
    await page.getByLabel('New passcode').fill(SECOND);
    await page.getByLabel('Type it again').fill(SECOND);
    await page.getByRole('button', { name: 'Save passcode' }).click();
    await expect(page.getByText('Your earlier recovery key no longer opens Ebb. This one does.')).toBeVisible({ timeout: 20_000 });
    await page.getByRole('checkbox', { name: 'I’ve kept my recovery key somewhere safe' }).check();
    await page.getByRole('button', { name: 'Done' }).click();
    const afterChange = await knownRecords(page, SECOND);
    expect(afterChange).toHaveLength(2);
    known.push(...afterChange);
    expect(errors).toEqual([]);
    await context.close();
    scan('changing the passcode');

    ({ context, page, errors } = await launch(dir, baseURL));
    await page.goto('/contacts');
    await unlock(page, FIRST);
    await expect(page.getByText('That didn’t match. Take your time and try again.')).toBeVisible();
    await unlock(page, SECOND);
    await expect(page.getByRole('heading', { name: 'Indigo' })).toBeVisible({ timeout: 15_000 });

    // Delete everything (a new page load starts locked), then two more browser starts.
    await page.goto('/privacy');
    await unlock(page, SECOND);
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await confirmPasscode(page, 'Delete everything', SECOND, 'Continue');
    await page.getByRole('checkbox', { name: 'I understand this cannot be undone' }).check();
    await page.getByRole('button', { name: 'Delete everything now' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Everything has been deleted' })).toBeVisible();
    await expect(page.getByText(/remove this site’s data in your browser’s settings/)).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
    for (let restart = 0; restart < 2; restart++) await (await launch(dir, baseURL)).context.close();
    scan('Delete everything and two restarts');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the scan finds a key that is there, at any offset (so its silence above means something)', () => {
  // Its AES agrees with Node's for random keys and blocks…
  const out = new Uint8Array(16);
  for (let i = 0; i < 100; i++) {
    const bytes = randomBytes(40);
    const block = randomBytes(16);
    setKey(bytes, i % 8);
    encryptBlock(block, 0, out);
    const ecb = createCipheriv('aes-256-ecb', bytes.subarray(i % 8, (i % 8) + 32), null);
    ecb.setAutoPadding(false);
    expect(Buffer.from(out).toString('hex')).toBe(ecb.update(block).toString('hex'));
  }
  // …and it finds a record's key hidden in a file.
  const dir = mkdtempSync(join(tmpdir(), 'ebb-scan-'));
  try {
    const key = randomBytes(32);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(JSON.stringify(['ebb-record', 1, 'journal-entry', 'j1'])));
    const body = Buffer.concat([cipher.update('{"v":1,"data":{"text":"x"}}'), cipher.final(), cipher.getAuthTag()]);
    const record = { type: 'journal-entry', id: 'j1', envelope: Buffer.concat([Buffer.from([1]), iv, body]) };
    writeFileSync(join(dir, 'noise'), randomBytes(200_000));
    writeFileSync(join(dir, 'leftover.log'), Buffer.concat([randomBytes(70_001), key, randomBytes(5_000)]));
    const result = scanForRecordKeys(dir, [record]);
    expect(result.found).toEqual([`${join(dir, 'leftover.log')} @ 70001 opens journal-entry/j1`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
