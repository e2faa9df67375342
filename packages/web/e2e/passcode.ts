// Sets a passphrase through the Privacy screen, as a person would, and returns the recovery key shown.
import { expect, type Page } from '@playwright/test';

export async function setPassphrase(page: Page, passphrase: string): Promise<string> {
  await page.goto('/privacy');
  await page.getByRole('button', { name: 'Set a passcode' }).click();
  await page.getByRole('radio', { name: /Passphrase/ }).check();
  await page.getByLabel('New passcode').fill(passphrase);
  await page.getByLabel('Type it again').fill(passphrase);
  await page.getByRole('button', { name: 'Save passcode' }).click();
  const key = page.locator('.recovery-key');
  await expect(key).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/, { timeout: 15_000 });
  const recoveryKey = (await key.textContent()) ?? '';
  await expect(page.getByRole('button', { name: 'Done' })).toBeDisabled();
  await page.getByRole('checkbox', { name: 'I’ve kept my recovery key somewhere safe' }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('Ebb is locked with a passphrase.')).toBeVisible();
  return recoveryKey;
}

/**
 * Answers the step that asks for the current passcode before an action (with a passcode set): fills the field
 * in the panel named `title` and presses its `button`.
 */
export async function confirmPasscode(page: Page, title: string, secret: string, button: string): Promise<void> {
  const panel = page.getByRole('form', { name: title });
  await panel.getByLabel(/or recovery key$/).fill(secret);
  await panel.getByRole('button', { name: button, exact: true }).click();
}
