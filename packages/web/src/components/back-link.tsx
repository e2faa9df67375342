// The way back at the top of every screen but Home, always in the same place and words: "‹ Back to" the
// screen the person came from, or its parent when they opened it directly (router.ts keeps both), named by
// its plain page name (neutral-page.ts), never by its heading, which may be the person's own words. The
// phone's own Back button leaves Ebb (one history entry, for quick exit), so this is the way back inside it.
import { format, m } from '../i18n/messages.ts';
import { pageOf } from '../neutral-page.ts';
import { backTarget, currentPath, paths } from '../router.ts';
import { vaultStatus } from '../state/vault-state.ts';
import { Link } from './link.tsx';

function nameOf(path: string): string {
  if (path === paths.ride) return m.back.ride;
  if (path === paths.slip) return m.back.slip;
  const page = pageOf(path);
  return page ? m.pages[page] : m.back.home;
}

export function BackLink() {
  const path = currentPath.value;
  const target = backTarget();
  // Nothing to go back to at Home, nor from the lock screen or after deleting, which show over any address,
  // nor from a share link's viewer, opened by someone who does not use Ebb.
  if (target === undefined || path === paths.home || path === paths.share || vaultStatus.value === 'locked' || vaultStatus.value === 'closed') return null;
  return (
    <p class="back">
      <Link href={target}>
        <span aria-hidden="true">{'‹\u00a0'}</span>
        {format(m.back.to, { place: nameOf(target) })}
      </Link>
    </p>
  );
}
