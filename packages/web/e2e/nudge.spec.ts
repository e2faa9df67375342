// The gentle note on Home: after steady weeks and then a hard fortnight (even with a recent slip), or when check-ins
// name the plan's warning signs, Home says kindly that things seem harder, with the way to the plan and to the
// person's people, and never a number or score. Steady weeks bring no note; Settings and discreet mode take it away.
import { addDays, emptyCheckIn, emptyPlan, newEpisode, type CheckIn, type Episode } from '@ebb/core';
import type { Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';
import { expectAccessible } from './axe.ts';
import { whenSaved } from './raw-idb.ts';
import { putSealedRecords, type RawRecord } from './seal-raw.ts';

// Early morning in UTC is the same day in every zone these tests run in.
const NOW = new Date('2026-11-30T06:00:00Z');
const TODAY = '2026-11-30';
const NOTE = 'Things seem a bit harder lately';

/** Ten weeks of check-ins up to today: urges 1–2 as usual, then (when hard) 4 for the last fortnight. */
function history({ hard, slipped = false, notes = {} }: { hard: boolean; slipped?: boolean; notes?: Record<number, string> }): RawRecord[] {
  const cards: CheckIn[] = [];
  const episodes: Episode[] = [];
  for (let back = 69; back >= 0; back--) {
    const day = addDays(TODAY, -back);
    const recent = back < 14;
    cards.push({ ...emptyCheckIn(day, NOW.getTime()), urge: recent && hard ? 4 : 1 + (back % 2), acted: slipped && back === 2, note: notes[back] ?? '' });
    // One urge ridden out a week, and (when hard) most days lately.
    if (back % 7 === 3 || (hard && recent && back % 2 === 0)) {
      const at = new Date(`${day}T12:00:00Z`).getTime();
      episodes.push({ ...newEpisode(`e-${day}`, at), endedAt: at + 600_000, outcome: slipped && back === 2 ? 'slipped' : 'eased' });
    }
  }
  const byMonth = <T>(items: T[], month: (item: T) => string) => {
    const months = new Map<string, T[]>();
    for (const item of items) months.set(month(item), [...(months.get(month(item)) ?? []), item]);
    return months;
  };
  return [
    ...[...byMonth(cards, (c) => c.day.slice(0, 7))].map(([id, days]) => ({ type: 'checkin-month', id, stored: { v: 2, data: { days } } })),
    ...[...byMonth(episodes, (e) => new Date(e.startedAt).toISOString().slice(0, 7))].map(([id, list]) => ({
      type: 'urge-month',
      id,
      stored: { v: 1, data: { episodes: list } },
    })),
  ];
}

async function openHomeWith(page: Page, records: RawRecord[]) {
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await putSealedRecords(page, records);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello' })).toBeVisible();
  // Home's notices are busy until the vault is open and every notice, the gentle note too, is decided.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

const gentleNote = (page: Page) => page.getByRole('status').filter({ hasText: NOTE });

test.describe('in Asia/Kolkata', () => {
  test.use({ timezoneId: 'Asia/Kolkata', viewport: { width: 360, height: 780 } });

  test('a hard fortnight after steady weeks, with a slip in it, brings one kind note with the plan and your people', async ({ page }) => {
    await openHomeWith(page, history({ hard: true, slipped: true }));
    const note = gentleNote(page);
    await expect(note).toHaveCount(1);
    // No plan yet: the note offers to start one.
    await expect(note).toContainText(
      'Things seem a bit harder lately. It might help to write down what you can do in a hard moment, or to reach out to someone.',
    );
    await expect(note.getByRole('link')).toHaveText(['Start your plan', 'Your people']);
    await expectAccessible(page, 'Home with the gentle note');
    // Never a number, score, level, percentage or prediction, and no blame for the slip.
    const text = (await note.textContent()) ?? '';
    expect(text).not.toMatch(/\d|%|score|risk|level|high|low|warning|fail|relapse|streak|should|why/i);
    await note.getByRole('link', { name: 'Your people' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
    await page.getByRole('banner').getByRole('link', { name: 'Ebb, Home', exact: true }).click();
    await gentleNote(page).getByRole('link', { name: 'Start your plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /plan/i })).toBeVisible();

    // Turned off in Settings: no note; on again: back.
    await page.goto('/settings');
    await whenSaved(page, 'settings', () => page.getByRole('checkbox', { name: 'Show a gentle note on Home when things seem harder' }).uncheck());
    await page.getByRole('banner').getByRole('link', { name: 'Ebb, Home', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello' })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(gentleNote(page)).toHaveCount(0);
    await page.reload();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(gentleNote(page)).toHaveCount(0);
    await page.goto('/settings');
    await whenSaved(page, 'settings', () => page.getByRole('checkbox', { name: 'Show a gentle note on Home when things seem harder' }).check());
    await page.getByRole('banner').getByRole('link', { name: 'Ebb, Home', exact: true }).click();
    await expect(gentleNote(page)).toHaveCount(1);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, 'Home with the gentle note, dark');

    // Discreet mode hides it.
    await page.goto('/privacy');
    await whenSaved(page, 'settings', () => page.getByRole('checkbox', { name: /Show “Notes” as the name/ }).check());
    await page.getByRole('banner').getByRole('link', { name: 'Notes, Home', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello' })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(gentleNote(page)).toHaveCount(0);
  });
});

test.describe('in America/Sao_Paulo', () => {
  test.use({ timezoneId: 'America/Sao_Paulo' });

  test('steady weeks bring no note; the same weeks followed by a hard fortnight do', async ({ page }) => {
    await openHomeWith(page, history({ hard: false }));
    await expect(gentleNote(page)).toHaveCount(0);
    await putSealedRecords(page, history({ hard: true }));
    await page.reload();
    await expect(gentleNote(page)).toHaveCount(1);
  });

  test('check-ins naming a warning sign from the plan on two recent days bring the note', async ({ page }) => {
    const plan = emptyPlan();
    plan.sections['warning-signs'] = [{ text: 'Staying in my room' }];
    await openHomeWith(page, [
      ...history({ hard: false, notes: { 1: 'Staying in my room all evening.', 3: 'staying in my room again' } }),
      { type: 'plan', id: 'current', stored: { v: 3, data: plan } },
    ]);
    const note = gentleNote(page);
    await expect(note).toContainText('Things seem a bit harder lately. It might help to look at your plan, or to reach out to someone.');
    await expect(note.getByRole('link')).toHaveText(['Look at your plan', 'Your people']);
    await note.getByRole('link', { name: 'Look at your plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /plan/i })).toBeVisible();
  });
});
