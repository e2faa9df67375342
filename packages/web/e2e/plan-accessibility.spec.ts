// Every plan screen with a plan in it passes axe in light and dark at phone width, with nothing scrolling
// sideways; the empty screens are covered with the others in accessibility.spec.ts.
import { expect, test } from './page-errors.ts';
import { expectAccessible } from './axe.ts';
import { buildSmallPlan } from './plan.ts';
import { sharedPage } from './shared-page.ts';

const planScreens = [
  { path: '/plan', heading: 'My plan' },
  { path: '/plan/now', heading: 'My plan' },
  { path: '/plan/part/people-to-ask', heading: 'People I can ask for help' },
  { path: '/plan/part/professionals', heading: 'Professionals and crisis services' },
  { path: '/plan/part/reasons', heading: 'My reasons for recovery' },
  { path: '/plan/likely', heading: 'Will I use it?' },
  { path: '/plan/versions', heading: 'Earlier versions' },
  { path: '/plan/print', heading: 'Print my plan' },
  { path: '/plan/support', heading: 'How to support me' },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`plan screens with a plan in them (${colorScheme})`, () => {
    const shared = sharedPage({ timezoneId: 'Europe/London', locale: 'en-GB', viewport: { width: 360, height: 780 }, colorScheme });
    test.beforeAll(() => buildSmallPlan(shared()));

    for (const screen of planScreens) {
      test(`${screen.path} passes axe at 360 px (${colorScheme})`, async () => {
        const page = shared();
        await page.goto(screen.path);
        await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
        if (screen.path === '/plan/versions')
          await page
            .getByRole('button', { name: /^Look at the version from/ })
            .first()
            .click();
        if (screen.path === '/plan/support') await page.getByRole('checkbox', { name: /What to say/ }).check();
        await expectAccessible(page, `${colorScheme} ${screen.path}`);
      });
    }
  });
}
