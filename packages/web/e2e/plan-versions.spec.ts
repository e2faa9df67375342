// Versions: each sitting's changes are kept with the date and an optional reason; an earlier version can be
// looked at and brought back, and the plan as it was stays among the versions.
import { expect, test } from './page-errors.ts';
import { buildSmallPlan } from './plan.ts';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

test('edit with a reason, then bring back the earlier version', async ({ page }) => {
  await buildSmallPlan(page);
  // Finishing the build ended its sitting: the next change starts a new version.
  await page.getByRole('link', { name: 'Change My reasons for recovery' }).click();
  await page.getByText('Why are you changing it? (optional)').click();
  await expect(page.getByLabel('Your reason')).toBeVisible();
  await page.getByRole('button', { name: 'After a slip' }).click();
  await page.getByRole('button', { name: 'Remove “My little brother”' }).click();
  await page.getByLabel('In your words').fill('Finishing my course');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to your plan.' })).toBeVisible();

  await page.goto('/plan/versions');
  const versions = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText('Your plan now · After a slip');
  await expect(versions.nth(1)).toContainText('The first version');

  // Look at the earlier one, then bring it back.
  await versions
    .nth(1)
    .getByRole('button', { name: /^Look at the version from/ })
    .click();
  await expect(versions.nth(1)).toContainText('My little brother');
  await versions
    .nth(1)
    .getByRole('button', { name: /^Bring back this version/ })
    .click();
  await expect(page.getByRole('status')).toContainText('is your plan again');
  await expect(versions).toHaveCount(3);
  await expect(versions.nth(0)).toContainText('Brought back the version from');

  await page.goto('/plan/now');
  await expect(page.getByRole('region', { name: 'What matters to me' })).toContainText('My little brother');
  await expect(page.getByText('Finishing my course')).toHaveCount(0);
  // The plan as it was before restoring is still there to bring back.
  await page.goto('/plan/versions');
  await versions
    .nth(1)
    .getByRole('button', { name: /^Look at the version from/ })
    .click();
  await expect(versions.nth(1)).toContainText('Finishing my course');
});
