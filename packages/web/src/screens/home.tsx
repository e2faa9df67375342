// Home: calm and uncluttered; shows only what Ebb can do today.
import { Link } from '../components/link.tsx';
import { Screen } from '../components/screen.tsx';
import { m } from '../i18n/messages.ts';
import { paths } from '../router.ts';
import { openHelpNow } from '../state/help-now-state.ts';
import { settings } from '../state/settings-state.ts';
import { vaultStatus } from '../state/vault-state.ts';
import { backupReminderDue } from '@ebb/core';

export function Home() {
  return (
    <Screen title={m.home.title}>
      <p class="lead">{m.home.intro}</p>
      {vaultStatus.value === 'open' && backupReminderDue(settings.value.backupReminder, Date.now()) && (
        <p role="status" class="notice">
          {m.reminders.backup} <Link href={paths.privacy}>{m.reminders.backupLink}</Link>
        </p>
      )}
      <ul class="cards">
        <li>
          <a
            class="card card-help"
            href="#help-now"
            onClick={(e) => {
              e.preventDefault();
              openHelpNow();
            }}
          >
            <span class="card-title">{m.home.helpTitle}</span>
            <span class="card-body">{m.home.helpBody}</span>
          </a>
        </li>
        <li>
          <Link class="card" href={paths.contacts}>
            <span class="card-title">{m.home.peopleTitle}</span>
            <span class="card-body">{m.home.peopleBody}</span>
          </Link>
        </li>
        <li>
          <Link class="card" href={paths.settings}>
            <span class="card-title">{m.home.settingsTitle}</span>
            <span class="card-body">{m.home.settingsBody}</span>
          </Link>
        </li>
        <li>
          <Link class="card" href={paths.privacy}>
            <span class="card-title">{m.home.privacyTitle}</span>
            <span class="card-body">{m.home.privacyBody}</span>
          </Link>
        </li>
        <li>
          <Link class="card" href={paths.about}>
            <span class="card-title">{m.home.aboutTitle}</span>
            <span class="card-body">{m.home.aboutBody}</span>
          </Link>
        </li>
      </ul>
      <p class="small">{m.quickExit.hint}</p>
    </Screen>
  );
}
