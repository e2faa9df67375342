// The hope box ("Things that help me"): a photo chosen on the device is made smaller and kept encrypted, a
// reason beside it; an oversized sound file is refused beside its control with nothing lost; items move and
// are removed only after asking; and Ride it out offers the box to look at, and comes back from it.
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { readRawRecords, waitForRecord, whenSaved } from './raw-idb.ts';
import { expect, test } from './page-errors.ts';

/** A PNG drawn in the page: wider than the longest side a stored photo may have. */
async function generatedPng(page: Page, width: number, height: number): Promise<Buffer> {
  const bytes = await page.evaluate(
    async ([w, h]) => {
      const canvas = new OffscreenCanvas(w, h);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.fillStyle = '#3a7';
      context.fillRect(0, 0, w, h);
      context.fillStyle = '#fd3';
      context.fillRect(w / 4, h / 4, w / 2, h / 2);
      return [...new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer())];
    },
    [width, height] as const,
  );
  return Buffer.from(bytes);
}

// At phone width, in a time zone far from the UK's.
test.use({ viewport: { width: 360, height: 780 }, timezoneId: 'Asia/Kolkata', locale: 'en-GB' });

const items = (page: Page) => page.locator('.hope-items > li');

test('add a photo and a reason, refuse an oversized sound, move and remove; the box offered in Ride it out', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^Things that help me/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Things that help me' })).toBeVisible();
  await expect(page.getByText('Nothing here yet.', { exact: false })).toBeVisible();

  // A photo, made smaller on the device: its longest side 1600 pixels.
  await page.getByRole('button', { name: 'Add a photo' }).click();
  await page.getByLabel('Choose a photo').setInputFiles({ name: 'beach.png', mimeType: 'image/png', buffer: await generatedPng(page, 2400, 1200) });
  await page.getByLabel('A few words about it (you can leave this empty)').fill('Mum and me at the beach');
  await page.getByRole('button', { name: 'Add to the box' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to your box.' })).toBeVisible();
  const photo = page.getByRole('figure', { name: 'Mum and me at the beach' }).getByRole('img', { name: 'A photo you chose' });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([1600, 800]);

  await page.getByRole('button', { name: 'Add a reason to keep going' }).click();
  await page.getByRole('button', { name: 'Add to the box' }).click();
  await expect(page.getByText('Write something first.')).toBeVisible();
  await page.getByLabel('Your reason').fill('I want to see my sister graduate');
  // Words not yet added are kept: leaving and coming back brings them back.
  await waitForRecord(page, 'draft');
  await page.reload();
  await page.getByRole('button', { name: 'Add a reason to keep going' }).click();
  await expect(page.getByLabel('Your reason')).toHaveValue('I want to see my sister graduate');
  // Keyboard only: the form opened with its field focused, and Tab from it reaches Add before anything else.
  await expect(page.getByLabel('Your reason')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add to the box' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items(page)).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Add something' })).toBeFocused();
  await waitForRecord(page, 'hope-item', 2);
  const raw = (await readRawRecords(page)).map((r) => r.bytes).join('');
  expect(raw).not.toContain('beach');
  expect(raw).not.toContain('graduate');

  // Too large a sound file: refused beside its control, with the sizes; nothing in the box lost.
  await page.getByRole('button', { name: 'Add a song or voice note' }).click();
  const sound = page.getByLabel('Choose a sound file');
  await sound.setInputFiles({ name: 'song.mp3', mimeType: 'audio/mpeg', buffer: Buffer.alloc(5_200_000, 7) });
  await page.getByLabel('A few words about it (you can leave this empty)').fill('Our song');
  await page.getByRole('button', { name: 'Add to the box' }).click();
  await expect(
    page.getByText('This sound file is 5.2 MB, and a sound can be at most 4 MB. Try a shorter clip. Nothing in your box has changed.'),
  ).toBeVisible();
  await expect(sound).toHaveAttribute('aria-invalid', 'true');
  await expect(sound).toBeFocused();
  await expect(page.getByLabel('A few words about it (you can leave this empty)')).toHaveValue('Our song');
  await expect(items(page)).toHaveCount(2);
  await expectAccessible(page, 'hope box');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Moved: the reason first, after a reload too.
  await page.getByRole('button', { name: 'Move “I want to see my sister graduate” up' }).click();
  await expect(items(page).first()).toContainText('I want to see my sister graduate');
  await page.reload();
  await expect(items(page).first()).toContainText('I want to see my sister graduate');

  // Ride it out offers the box after the first steps, and comes back to the suggestions.
  await page.goto('/');
  await page.getByRole('link', { name: /^Ride it out/ }).click();
  await page.getByRole('group', { name: 'How strong is the urge right now?' }).getByRole('button', { name: '6', exact: true }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('button', { name: /^Look at things that help you/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Things that help me' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Mum and me at the beach' }).getByRole('img', { name: 'A photo you chose' })).toBeVisible();
  await expect(page.getByText('I want to see my sister graduate')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
  await expectAccessible(page, 'hope box in Ride it out');
  await page.getByRole('button', { name: 'Back to the suggestions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Try one of these' })).toBeVisible();

  // Removed only after asking.
  await page.goto('/');
  await page.getByRole('link', { name: /^Things that help me/ }).click();
  await page.getByRole('button', { name: 'Remove “Mum and me at the beach”' }).click();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await expect(items(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Remove “Mum and me at the beach”' }).click();
  await page.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(items(page)).toHaveCount(1);
  await expect(page.getByRole('img', { name: 'A photo you chose' })).toHaveCount(0);
});

test('in discreet mode a photo stays hidden until opened; the plan in a hard moment leads to the box', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/hope');
  await page.getByRole('button', { name: 'Add a photo' }).click();
  await page.getByLabel('Choose a photo').setInputFiles({ name: 'dog.png', mimeType: 'image/png', buffer: await generatedPng(page, 300, 200) });
  await page.getByRole('button', { name: 'Add to the box' }).click();
  await expect(page.getByRole('img', { name: 'A photo you chose' })).toBeVisible();

  await page.goto('/privacy');
  await whenSaved(page, 'settings', () => page.getByRole('checkbox', { name: /Show “Notes” as the name/ }).check());
  await page.goto('/plan/now');
  await page.getByRole('link', { name: 'Look at things that help me' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Things that help me' })).toBeVisible();
  await expect(page.getByText('Photos stay hidden until you open them, because discreet mode is on.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'A photo you chose' })).toHaveCount(0);
  await expectAccessible(page, 'hope box, discreet, dark');
  const show = page.getByRole('button', { name: 'Show the photo' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.click();
  await expect(page.getByRole('img', { name: 'A photo you chose' })).toBeVisible();
  await page.getByRole('button', { name: 'Hide the photo' }).click();
  await expect(page.getByRole('img', { name: 'A photo you chose' })).toHaveCount(0);
});
