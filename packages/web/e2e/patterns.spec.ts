// Patterns from Progress: seeded check-ins and urges give sentences first, then charts (images with names) and
// their tables; choosing another period recomputes; it passes axe in light and dark. Run in zones far from the
// UK, so an urge at 20:00 on the person's own clock is counted in the evening.
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { expect, test } from './page-errors.ts';
import { putSealedRecords, type RawRecord } from './seal-raw.ts';

const DAY = 86_400_000;

/** Urges noted in the last three weeks and one two months ago, with check-ins, as the person's zone sees them. */
function records(timeZone: string, utcOffsetHours: number): RawRecord[] {
  const dayOf = (at: number) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  /** 20:00 on the person's clock, `ago` days before today. */
  const evening = (ago: number) => {
    const [y, m, d] = dayOf(Date.now() - ago * DAY)
      .split('-')
      .map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d, 20 - utcOffsetHours);
  };
  const episodes = [1, 2, 3, 5, 8, 9, 12, 15, 18, 20, 60].map((ago, i) => {
    const at = evening(ago);
    return {
      id: `e${i}`,
      startedAt: at,
      endedAt: at + 600_000,
      ratings: [{ at, value: 7 }],
      feelings: i % 3 === 0 ? ['sadness', 'loneliness'] : ['sadness'],
      trigger: i < 4 ? (i % 2 ? ' work ' : 'Work') : i === 4 ? 'A row' : '',
      skills: i < 3 ? [{ skillId: 'paced-breathing', startedAt: at, before: 7, after: 4 }] : [],
      outcome: i === 9 ? 'slipped' : 'eased',
    };
  });
  const checkIns = Array.from({ length: 16 }, (_, k) => ({
    day: dayOf(Date.now() - (k + 1) * DAY),
    urge: k % 4,
    acted: false,
    suicidalThoughts: null,
    emotions: [],
    skills: [],
    selfCare: { sleepHours: k % 2 ? 8 : 5, ateRegularly: true, moved: k % 3 !== 0, connected: k % 2 === 0, medication: null, therapy: null },
    note: '',
    savedAt: Date.now(),
  }));
  const byMonth = <T>(items: T[], month: (item: T) => string) => {
    const groups = new Map<string, T[]>();
    for (const item of items) groups.set(month(item), [...(groups.get(month(item)) ?? []), item]);
    return [...groups];
  };
  return [
    ...byMonth(episodes, (e) => dayOf(e.startedAt).slice(0, 7)).map(([id, list]) => ({ type: 'urge-month', id, stored: { v: 1, data: { episodes: list } } })),
    ...byMonth(checkIns, (c) => c.day.slice(0, 7)).map(([id, list]) => ({ type: 'checkin-month', id, stored: { v: 2, data: { days: list } } })),
  ];
}

async function openPatterns(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: /^Progress/ }).click();
  await page.getByRole('link', { name: 'See patterns in what you recorded' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Patterns' })).toBeFocused();
}

for (const [timezoneId, offset] of [
  ['Asia/Tokyo', 9],
  ['America/Sao_Paulo', -3],
] as const) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId, locale: 'en-GB', viewport: { width: 360, height: 780 } });

    test('Patterns from Progress: sentences, a chart and its table, and another period', async ({ page }) => {
      await page.goto('/');
      await putSealedRecords(page, records(timezoneId, offset));
      await openPatterns(page);

      await expect(page.getByRole('radio', { name: 'Last 3 months' })).toBeChecked();
      await expect(page.getByRole('status').filter({ hasText: 'Urges noted: 11. Check-ins: 16.' })).toBeVisible();
      await expect(page.getByText('More urges came in the evening than at other times of day: 11 of 11.')).toBeVisible();
      await expect(page.getByText('“Work” came up most often: before 4 of the 5 urges or slips you noted a trigger for.')).toBeVisible();
      await expect(page.getByText('“Sadness” was named most often: with 11 of the 11 urges where you named a feeling.')).toBeVisible();
      await expect(page.getByText('Paced breathing most often: 3 times', { exact: false })).toBeVisible();

      // More urges lately: said with hope, and the plan and Ride it out a tap away.
      await expect(page.getByText('More urges were noted in the second half of this time (10) than in the first (1).', { exact: false })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Use my plan' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Ride it out' })).toBeVisible();

      const chart = page.getByRole('img', { name: 'Bar chart of urges by time of day' });
      await expect(chart).toBeVisible();
      const table = page.getByRole('table', { name: 'Urges by time of day' });
      await expect(table).toBeHidden();
      await page.getByText('Show as a table: Urges by time of day').click();
      await expect(table).toBeVisible();
      await expect(table.getByRole('row', { name: 'Evening 11' })).toBeVisible();
      await expect(table.getByRole('row', { name: 'Morning 0' })).toBeVisible();
      await page.getByText('Show as a table: Each skill').click();
      await expect(page.getByRole('table', { name: /Each skill/ }).getByRole('row', { name: /Paced breathing 3 7 4/ })).toBeVisible();

      // The last 4 weeks leave out the urge two months ago; the choice is a real radio group, by keyboard too.
      await page.getByRole('radio', { name: 'Last 3 months' }).focus();
      await page.keyboard.press('ArrowLeft');
      await expect(page.getByRole('radio', { name: 'Last 4 weeks' })).toBeChecked();
      await expect(page.getByRole('status').filter({ hasText: 'Urges noted: 10.' })).toBeVisible();
      await expect(page.getByText('More urges came in the evening than at other times of day: 10 of 10.')).toBeVisible();
      await page.getByRole('radio', { name: 'Everything' }).check();
      await expect(page.getByRole('status').filter({ hasText: 'Urges noted: 11.' })).toBeVisible();

      await expectAccessible(page, `patterns (${timezoneId})`);
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme}`, () => {
    test.use({ timezoneId: 'Europe/Berlin', locale: 'de-DE', colorScheme, viewport: { width: 1280, height: 900 } });

    test(`Patterns with every table open, and with nothing recorded, pass axe (${colorScheme})`, async ({ page }) => {
      await page.goto('/progress/patterns');
      await expect(page.getByText('Nothing is recorded in this time yet.', { exact: false })).toBeVisible();
      await expectAccessible(page, `patterns, empty (${colorScheme})`, 1280);

      await putSealedRecords(page, records('Europe/Berlin', 1));
      await page.reload();
      await expect(page.getByRole('img', { name: 'Bar chart of urges noted each week' })).toBeVisible();
      for (const summary of await page.getByText('Show as a table:').all()) await summary.click();
      await expect(page.getByRole('table')).toHaveCount(7);
      await expectAccessible(page, `patterns (${colorScheme})`, 1280);
    });
  });
}
