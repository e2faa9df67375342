// Opt-in gentle reminders: whether the check-in and plan review reminders are due (shown on Home), and, where
// the browser allows and the person asked, a notification at the check-in time while Ebb is open. The
// notification's words never say what Ebb is for.
import { computed, signal } from '@preact/signals';
import { checkInMonthRecord, checkInReminderDue, dayOf, monthOfDay, planReviewDue, planVersionRecord } from '@ebb/core';
import { m } from '../i18n/messages.ts';
import { settings } from './settings-state.ts';
import { getStore } from './vault-state.ts';
import { forgetOnLock } from './forget-on-lock.ts';

const checkedInToday = signal(true);
const planLastChanged = signal<number | null>(null);
const now = signal(Date.now());
let timer: ReturnType<typeof setTimeout> | undefined;
/** Whether the reminders have been worked out since the vault opened (Home marks its notices busy until then). */
export const remindersChecked = signal(false);

export const checkInDue = computed(() => checkInReminderDue(settings.value.reminders.checkInAt, new Date(now.value), checkedInToday.value));
export const planReviewIsDue = computed(() => planReviewDue(settings.value.reminders.planReviewEveryDays, planLastChanged.value, now.value));

/** Reads what the reminders need (today's check-in, when the plan last changed) and schedules the next one. */
export async function refreshReminders(): Promise<void> {
  try {
    await readReminders();
  } finally {
    remindersChecked.value = true;
  }
}

async function readReminders(): Promise<void> {
  const { checkInAt, planReviewEveryDays } = settings.value.reminders;
  if (checkInAt === null && planReviewEveryDays === null) return;
  // The reminder is still owed if its time comes while the records are being read.
  const startedAt = Date.now();
  const store = await getStore();
  const today = dayOf(Date.now());
  const [month, versions] = await Promise.all([
    store.get(checkInMonthRecord, monthOfDay(today)),
    planReviewEveryDays === null ? [] : store.list(planVersionRecord),
  ]);
  checkedInToday.value = month?.days.some((c) => c.day === today) ?? false;
  planLastChanged.value = versions.reduce<number | null>((latest, v) => (latest === null || v.value.changedAt > latest ? v.value.changedAt : latest), null);
  now.value = Date.now();
  scheduleCheckInReminder(startedAt);
}

function scheduleCheckInReminder(since: number): void {
  clearTimeout(timer);
  const { checkInAt } = settings.value.reminders;
  if (checkInAt === null || checkedInToday.value) return;
  const [h, min] = checkInAt.split(':').map(Number) as [number, number];
  const at = new Date();
  at.setHours(h, min, 0, 0);
  const wait = at.getTime() - Date.now();
  if (wait <= 0 && at.getTime() <= since) return;
  timer = setTimeout(
    () => {
      now.value = Date.now();
      void notify();
    },
    Math.max(0, wait),
  );
}

async function notify(): Promise<void> {
  const { notify: wanted } = settings.value.reminders;
  if (!wanted || typeof Notification === 'undefined' || Notification.permission !== 'granted' || checkedInToday.value) return;
  const options = { body: m.reminders.notificationBody, tag: 'ebb-reminder' };
  const registration = await navigator.serviceWorker?.getRegistration();
  if (registration) await registration.showNotification(m.reminders.notificationTitle, options);
  else new Notification(m.reminders.notificationTitle, options);
}

export function forgetReminders(): void {
  clearTimeout(timer);
  remindersChecked.value = false;
  checkedInToday.value = true;
  planLastChanged.value = null;
}
forgetOnLock(forgetReminders, checkInDue, planReviewIsDue);
