// Home: calm and uncluttered; shows only what Ebb can do today.
import { Link } from '../components/link.tsx';
import { LanguageLinks } from '../components/language-links.tsx';
import { Screen } from '../components/screen.tsx';
import { m } from '../i18n/messages.ts';
import { paths } from '../router.ts';
import { openHelpNow } from '../state/help-now-state.ts';
import { discreet, settings, settingsRead } from '../state/settings-state.ts';
import { vaultStatus } from '../state/vault-state.ts';
import { hasPlan } from '../state/plan-state.ts';
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';

const links = [
  { href: paths.checkIn, title: m.home.checkInTitle, body: m.home.checkInBody },
  { href: paths.journal, title: m.home.journalTitle, body: m.home.journalBody },
  { href: paths.progress, title: m.home.progressTitle, body: m.home.progressBody },
  { href: paths.patterns, title: m.home.patternsTitle, body: m.home.patternsBody },
  { href: paths.skills, title: m.home.skillsTitle, body: m.home.skillsBody },
  { href: paths.hope, title: m.home.hopeTitle, body: m.home.hopeBody },
  // Learn's card is titled with its page name: the same word, kept once in the first screen's code.
  { href: paths.learn, title: m.pages.learn, body: m.home.learnBody },
  { href: paths.contacts, title: m.home.peopleTitle, body: m.home.peopleBody },
  { href: paths.settings, title: m.home.settingsTitle, body: m.home.settingsBody },
  { href: paths.privacy, title: m.home.privacyTitle, body: m.home.privacyBody },
  { href: paths.about, title: m.home.aboutTitle, body: m.home.aboutBody },
];

export function Home() {
  const withPlan = hasPlan();
  const open = vaultStatus.value === 'open';
  // The reminders and the gentle note when things seem harder: their code loads only once the vault is open.
  const [Reminders, setReminders] = useState<ComponentType>();
  useEffect(() => {
    if (open)
      void import('./home/home-reminders.tsx').then(
        (mod) => setReminders(() => mod.HomeReminders),
        // Offline before their code was cached: no reminders today, and Home is no longer marked busy.
        () => setReminders(() => () => null),
      );
  }, [open]);
  const [Note, setNote] = useState<ComponentType>();
  const noteWanted = open && settingsRead.value && settings.value.gentleNotes && !discreet.value;
  useEffect(() => {
    if (noteWanted)
      void import('./home/gentle-note.tsx').then(
        (mod) => setNote(() => mod.GentleNote),
        () => setNote(() => () => null),
      );
  }, [noteWanted]);
  // Until the reminders are decided and the note's code is in, the notices' place says it is still being filled in.
  const busy = vaultStatus.value === 'opening' || (open && (!Reminders || (noteWanted && !Note)));
  return (
    <Screen title={m.home.title}>
      <p class="lead">{m.home.intro}</p>
      <div aria-busy={busy ? 'true' : undefined}>{open && Reminders && <Reminders />}</div>
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
          <Link class="card card-help" href={paths.ride}>
            <span class="card-title">{m.home.rideTitle}</span>
            <span class="card-body">{m.home.rideBody}</span>
          </Link>
        </li>
      </ul>
      {/* Below the first actions, so that when it comes it moves less of the screen than a notice above them. */}
      {noteWanted && Note && <Note />}
      <ul class="cards">
        {withPlan && (
          <li>
            <Link class="card card-help" href={paths.planNow}>
              <span class="card-title">{m.home.planNowTitle}</span>
              <span class="card-body">{m.home.planNowBody}</span>
            </Link>
          </li>
        )}
        <li>
          <Link class="card" href={paths.plan}>
            <span class="card-title">{m.home.planTitle}</span>
            <span class="card-body">{withPlan ? m.home.planBody : m.home.planStartBody}</span>
          </Link>
        </li>
        {links.map((link) => (
          <li key={link.href}>
            <Link class="card" href={link.href}>
              <span class="card-title">{link.title}</span>
              <span class="card-body">{link.body}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p class="small">{m.quickExit.hint}</p>
      <LanguageLinks />
    </Screen>
  );
}
