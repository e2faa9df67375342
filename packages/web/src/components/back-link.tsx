// The way back at the top of every screen but Home, always in the same place and words: "‹ Back to" the
// screen the person came from, or its parent when they opened it directly (router.ts keeps both). The
// phone's own Back button leaves Ebb (one history entry, for quick exit), so this is the way back inside it.
import { format, m } from '../i18n/messages.ts';
import { backTarget, CHECK_IN_PREFIX, currentPath, JOURNAL_PREFIX, paths, PLAN_SECTION_PREFIX, REFLECT_PREFIX, SKILL_PREFIX } from '../router.ts';
import { vaultStatus } from '../state/vault-state.ts';
import { Link } from './link.tsx';

const b = m.back;
const h = m.home;

/** Screens named by their own address, in the words their heading or Home's card uses. */
const names: Partial<Record<string, string>> = {
  [paths.home]: b.home,
  [paths.help]: b.home,
  [paths.contacts]: h.peopleTitle,
  [paths.settings]: h.settingsTitle,
  [paths.about]: h.aboutTitle,
  [paths.privacy]: h.privacyTitle,
  [paths.plan]: h.planTitle,
  [paths.planNow]: h.planTitle,
  [paths.planLikelihood]: b.planLikely,
  [paths.planVersions]: b.planVersions,
  [paths.planPrint]: b.planPrint,
  [paths.planSupport]: b.planSupport,
  [paths.ride]: h.rideTitle,
  [paths.checkIn]: h.checkInTitle,
  [paths.diaryWeek]: b.week,
  [paths.progress]: h.progressTitle,
  [paths.slip]: b.slip,
  [paths.journal]: h.journalTitle,
  [paths.skills]: h.skillsTitle,
};

/** Screens with an id in their address, named by kind: never by their heading, which may be the person's words. */
const kinds: readonly (readonly [prefix: string, name: string])[] = [
  [PLAN_SECTION_PREFIX, b.planPart],
  [SKILL_PREFIX, b.skill],
  [JOURNAL_PREFIX, b.entry],
  [CHECK_IN_PREFIX, b.day],
  [REFLECT_PREFIX, b.reflection],
];

const nameOf = (path: string): string => names[path] ?? kinds.find(([prefix]) => path.startsWith(prefix))?.[1] ?? b.somewhere;

export function BackLink() {
  const path = currentPath.value;
  const target = backTarget();
  // Nothing to go back to at Home, nor from the lock screen or after deleting, which show over any address.
  if (target === undefined || path === paths.home || vaultStatus.value === 'locked' || vaultStatus.value === 'closed') return null;
  return (
    <p class="back">
      <Link href={target}>
        <span aria-hidden="true">{'‹\u00a0'}</span>
        {format(b.to, { place: nameOf(target) })}
      </Link>
    </p>
  );
}
