// What the browser keeps of each screen: its title and its address, both stored in the browser's history
// and shown in tabs and the app switcher. Both come from this fixed map of plain words, never from what the
// screen shows (its heading may name a slip or one of the person's own skills), so the history says which
// part of Ebb was open and nothing about what it is for. In discreet mode every title is the neutral name
// and the address is always "/".
import { m } from './i18n/messages.ts';
import { planSectionIds, type PlanSectionId } from '@ebb/content';
import { CHECK_IN_PREFIX, JOURNAL_PREFIX, paths, planSectionPath, PLAN_SECTION_PREFIX, REFLECT_PREFIX, SKILL_PREFIX } from './router.ts';

type PageName = keyof typeof m.pages;

/** Screens whose address is plain words, kept so a reload opens the same screen. */
const plainAddresses: ReadonlyMap<string, PageName | null> = new Map<string, PageName | null>([
  [paths.home, null],
  [paths.contacts, 'people'],
  [paths.settings, 'settings'],
  [paths.about, 'about'],
  [paths.privacy, 'privacy'],
  [paths.plan, 'plan'],
  [paths.planNow, 'plan'],
  [paths.planLikelihood, 'plan'],
  [paths.planVersions, 'planVersions'],
  [paths.planPrint, 'planPrint'],
  [paths.skills, 'skills'],
  [paths.checkIn, 'checkIn'],
  [paths.diaryWeek, 'week'],
  [paths.progress, 'progress'],
  [paths.journal, 'journal'],
  [paths.journalNew, 'newEntry'],
]);

/** Screens reached by an address that names what they are about, or holds an id: each has a plain one. */
const shownAs: ReadonlyArray<{ matches: (path: string) => boolean; page: PageName | null; address: string }> = [
  { matches: (p) => p === paths.help, page: null, address: paths.home },
  { matches: (p) => p === paths.ride, page: 'pause', address: paths.home },
  { matches: (p) => p === paths.slip, page: 'log', address: paths.home },
  { matches: (p) => p.startsWith(REFLECT_PREFIX), page: 'reflection', address: paths.home },
  { matches: (p) => p.startsWith(SKILL_PREFIX), page: 'skill', address: paths.skills },
  { matches: (p) => p === paths.planSupport, page: 'planCard', address: paths.plan },
];

/**
 * A past day's diary card and a journal entry keep their address (a date or a random id says nothing), so
 * a reload opens the same one.
 */
const PAST_DAY = new RegExp(`^${CHECK_IN_PREFIX}\\d{4}-\\d{2}-\\d{2}$`);
const ENTRY = new RegExp(`^${JOURNAL_PREFIX}[0-9a-f-]+$`);

function lookUp(path: string): { page: PageName | null; address: string } {
  const plain = plainAddresses.get(path);
  if (plain !== undefined) return { page: plain, address: path };
  if (PAST_DAY.test(path)) return { page: 'checkIn', address: path };
  if (ENTRY.test(path)) return { page: 'entry', address: path };
  // A part of the plan shows as its number (its name may tell), so a reload mid-build stays on it.
  const part = planSectionIds.indexOf(path.slice(PLAN_SECTION_PREFIX.length) as PlanSectionId);
  if (path.startsWith(PLAN_SECTION_PREFIX) && part >= 0) return { page: 'plan', address: `${PLAN_SECTION_PREFIX}${part + 1}` };
  // An unknown address may hold anything typed or pasted: it is not kept either.
  return shownAs.find((s) => s.matches(path)) ?? { page: 'notFound', address: paths.home };
}

/** The screen an address opens: a plan part's number back to its part, any other address as it is. */
export function pathOfAddress(address: string): string {
  const number = /^\d+$/.test(address.slice(PLAN_SECTION_PREFIX.length)) ? Number(address.slice(PLAN_SECTION_PREFIX.length)) : 0;
  const part = address.startsWith(PLAN_SECTION_PREFIX) ? planSectionIds[number - 1] : undefined;
  return part ? planSectionPath(part) : address;
}

/** The address the browser shows and keeps while `path` is open. */
export const pageAddress = (path: string, discreet: boolean): string => (discreet ? paths.home : lookUp(path).address);

export interface TitleContext {
  path: string;
  /** The lock screen and the screen after deleting show over any address. */
  showing: 'screen' | 'locked' | 'deleted';
  discreet: boolean;
}

/** The document title while `path` is open: "Plan · Ebb", "Ebb" at home, always "Notes" in discreet mode. */
export function pageTitle({ path, showing, discreet }: TitleContext): string {
  if (discreet) return m.discreet.name;
  const page = showing === 'locked' ? 'locked' : showing === 'deleted' ? 'deleted' : lookUp(path).page;
  return page === null ? m.app.name : `${m.pages[page]} · ${m.app.name}`;
}
