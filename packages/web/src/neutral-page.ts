// What the browser keeps of each screen: its title and its address, both stored in the browser's history
// and shown in tabs and the app switcher. Both come from this fixed map of plain words, never from what the
// screen shows (its heading may name a slip or one of the person's own skills), so the history says which
// part of Ebb was open and nothing about what it is for. In discreet mode every title is the neutral name
// and the address is always "/".
import { m } from './i18n/messages.ts';
import { CHECK_IN_PREFIX, JOURNAL_PREFIX, paths, PLAN_SECTION_PREFIX, REFLECT_PREFIX, SKILL_PREFIX } from './router.ts';

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
]);

/** Screens reached by an address that names what they are about, or holds an id: each has a plain one. */
const shownAs: ReadonlyArray<{ matches: (path: string) => boolean; page: PageName | null; address: string }> = [
  { matches: (p) => p === paths.help, page: null, address: paths.home },
  { matches: (p) => p === paths.ride, page: 'pause', address: paths.home },
  { matches: (p) => p === paths.slip, page: 'log', address: paths.home },
  { matches: (p) => p.startsWith(REFLECT_PREFIX), page: 'reflection', address: paths.home },
  { matches: (p) => p.startsWith(SKILL_PREFIX), page: 'skill', address: paths.skills },
  { matches: (p) => p === paths.journalNew, page: 'newEntry', address: paths.journal },
  { matches: (p) => p.startsWith(JOURNAL_PREFIX), page: 'entry', address: paths.journal },
  { matches: (p) => p === paths.planSupport, page: 'planCard', address: paths.plan },
  { matches: (p) => p.startsWith(PLAN_SECTION_PREFIX), page: 'plan', address: paths.plan },
];

/** A past day's diary card keeps its address (a date says nothing), so a reload opens the same day. */
const PAST_DAY = new RegExp(`^${CHECK_IN_PREFIX}\\d{4}-\\d{2}-\\d{2}$`);

function lookUp(path: string): { page: PageName | null; address: string } {
  const plain = plainAddresses.get(path);
  if (plain !== undefined) return { page: plain, address: path };
  if (PAST_DAY.test(path)) return { page: 'checkIn', address: path };
  // An unknown address may hold anything typed or pasted: it is not kept either.
  return shownAs.find((s) => s.matches(path)) ?? { page: 'notFound', address: paths.home };
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
