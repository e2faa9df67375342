// A tiny router over one history entry. In-app moves replace the current entry instead of pushing, so
// Ebb only ever occupies one place in the browser's history and quick exit (which replaces that entry)
// leaves nothing of Ebb behind the Back button. Which screen is open lives here in memory; the address only
// shows a neutral one (see neutral-page.ts).
import { signal } from '@preact/signals';

export const paths = {
  home: '/',
  contacts: '/contacts',
  settings: '/settings',
  about: '/about',
  privacy: '/privacy',
  help: '/help',
  plan: '/plan',
  planNow: '/plan/now',
  planLikelihood: '/plan/likely',
  planVersions: '/plan/versions',
  planPrint: '/plan/print',
  planSupport: '/plan/support',
  ride: '/ride',
  checkIn: '/check-in',
  diaryWeek: '/check-in/week',
  progress: '/progress',
  patterns: '/progress/patterns',
  summary: '/progress/summary',
  slip: '/slip',
  journal: '/journal',
  journalNew: '/journal/new',
  skills: '/skills',
  hope: '/hope',
  learn: '/learn',
  devices: '/devices',
  pair: '/pair',
  links: '/links',
  /** A share link's read-only viewer: `/share#<id>.<key>` (docs/crypto-format.md, "Share links"). */
  share: '/share',
} as const;

/** A past day's diary card: /check-in/2026-11-21. */
export const checkInPath = (day: string) => `/check-in/${day}`;
export const CHECK_IN_PREFIX = '/check-in/';

/** The reflection on one slip: /reflect/<slip id>. */
export const reflectPath = (slipId: string) => `/reflect/${slipId}`;
export const REFLECT_PREFIX = '/reflect/';

export const journalPath = (id: string) => `/journal/${id}`;
export const JOURNAL_PREFIX = '/journal/';

export const skillPath = (id: string) => `/skills/${encodeURIComponent(id)}`;
export const SKILL_PREFIX = '/skills/';

/** Each part of the plan has its own address: the guided build walks through them in order. */
export const planSectionPath = (id: string) => `/plan/part/${id}`;
export const PLAN_SECTION_PREFIX = '/plan/part/';

/**
 * Each screen's parent: where its way back leads when the person came straight to it (a reload, a shortcut).
 * The first entry whose address starts the screen's address wins; any other screen's parent is Home.
 */
const parents: readonly (readonly [prefix: string, parent: string])[] = [
  [paths.diaryWeek, paths.checkIn],
  [CHECK_IN_PREFIX, paths.diaryWeek],
  ['/plan/', paths.plan],
  [SKILL_PREFIX, paths.skills],
  // One Learn page: /learn/<page id> (learnPath, built in Learn's own chunk).
  ['/learn/', paths.learn],
  [JOURNAL_PREFIX, paths.journal],
  [REFLECT_PREFIX, paths.progress],
  [paths.patterns, paths.progress],
  [paths.summary, paths.progress],
];

export function parentOf(path: string): string | null {
  if (path === paths.home || path === paths.help) return null;
  return parents.find(([prefix]) => path.startsWith(prefix))?.[1] ?? paths.home;
}

/** Home, then each parent down to `path`: the way back from a screen opened directly. */
const lineTo = (path: string): string[] => {
  const parent = parentOf(path);
  return parent === null ? [paths.home] : [...lineTo(parent), path];
};

/**
 * The screens that led to the open one, Home first. Opening a screen already on it goes back to it; moving
 * between screens with the same parent below Home (the plan's parts, one day and another) takes the place of
 * the last one, so the way back leads out of the section, not through every step of it.
 */
let trail: string[] = [paths.home];

/** Where the way back from the open screen leads: the screen the person came from, or else its parent. */
export const backTarget = (): string | undefined => trail[trail.length - 2];

export const currentPath = signal<string>(paths.home);
/** How many in-app moves have happened; screens move focus to their heading only after a move. */
export let navigationCount = 0;

/** How a screen's path shows in the address bar: set at start to the neutral addresses (neutral-page.ts). */
let addressOf = (path: string) => path;

/** Opens the screen the address names; `pathOf` reads a neutral address back (neutral-page.ts). */
export function startRouter(pathOf: (address: string) => string): void {
  currentPath.value = pathOf(location.pathname);
  trail = lineTo(currentPath.value);
}

/**
 * From now on shows every screen's address through `rule`, beginning with the current one: the screen is
 * chosen from the address on entry (deep links such as the installed app's /help work), then the address
 * says no more than `rule` lets it.
 */
export function showAddressesAs(rule: (path: string) => string): void {
  addressOf = rule;
  history.replaceState(null, '', rule(currentPath.peek()));
}

export function navigate(to: string): void {
  if (to === currentPath.value) return;
  navigationCount++;
  const at = trail.indexOf(to);
  const last = trail[trail.length - 1] ?? paths.home;
  const parent = parentOf(to);
  if (at >= 0) trail = trail.slice(0, at + 1);
  else if (parent !== paths.home && parent === parentOf(last)) trail = [...trail.slice(0, -1), to];
  else trail = [...trail, to];
  history.replaceState(null, '', addressOf(to));
  currentPath.value = to;
  window.scrollTo(0, 0);
}
