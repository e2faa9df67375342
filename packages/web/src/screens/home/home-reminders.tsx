// Home's gentle reminders (a backup, today's check-in, a plan review), loaded once the vault is open together
// with what works them out (state/reminders-state.ts), so the first screen carries neither. Busy until decided.
import { useEffect } from 'preact/hooks';
import { backupReminderDue } from '@ebb/core';
import { Link } from '../../components/link.tsx';
import { m } from '../../i18n/messages.ts';
import { paths } from '../../router.ts';
import { settings } from '../../state/settings-state.ts';
import { checkInDue, planReviewIsDue, refreshReminders, remindersChecked } from '../../state/reminders-state.ts';

export function HomeReminders() {
  // Coming back to Home after checking in (or changing reminders) shows the reminders as they are now.
  useEffect(() => void refreshReminders().catch(() => undefined), []);
  return (
    <div aria-busy={remindersChecked.value ? undefined : 'true'}>
      {backupReminderDue(settings.value.backupReminder, Date.now()) && (
        <p role="status" class="notice">
          {m.reminders.backup} <Link href={paths.privacy}>{m.reminders.backupLink}</Link>
        </p>
      )}
      {checkInDue.value && (
        <p role="status" class="notice">
          {m.reminders.checkIn} <Link href={paths.checkIn}>{m.reminders.checkInLink}</Link>
        </p>
      )}
      {planReviewIsDue.value && (
        <p role="status" class="notice">
          {m.reminders.planReview} <Link href={paths.plan}>{m.reminders.planReviewLink}</Link>
        </p>
      )}
    </div>
  );
}
