// What the browser keeps of each screen: its title and its address, both stored in the browser's history
// and shown in tabs and the app switcher. Both come from this fixed map of plain words, never from what the
// screen shows (its heading may name a slip or one of the person's own skills), so the history says which
// part of Ebb was open and nothing about what it is for. In discreet mode every title is the neutral name
// and the address is always "/".
import { m } from './i18n/messages.ts';
import { planSectionIds, type PlanSectionId } from '@ebb/content';
import { paths, planSectionPath, PLAN_SECTION_PREFIX, REFLECT_PREFIX, SKILL_PREFIX } from './router.ts';

type PageName = keyof typeof m.pages;

/** Screens whose address is plain words: it is kept, so a reload opens the same screen. */
const plain: Partial<Record<string, PageName | null>> = {
  [paths.home]: null,
  [paths.contacts]: 'people',
  [paths.settings]: 'settings',
  [paths.about]: 'about',
  [paths.privacy]: 'privacy',
  [paths.plan]: 'plan',
  [paths.planNow]: 'plan',
  [paths.planLikelihood]: 'plan',
  [paths.planVersions]: 'planVersions',
  [paths.planPrint]: 'planPrint',
  [paths.skills]: 'skills',
  [paths.checkIn]: 'checkIn',
  [paths.diaryWeek]: 'week',
  [paths.progress]: 'progress',
  [paths.patterns]: 'patterns',
  [paths.summary]: 'summary',
  [paths.journal]: 'journal',
  [paths.journalNew]: 'entry',
  [paths.hope]: 'hope',
  [paths.devices]: 'devices',
  // Shown without the code after #: the pairing screen takes it before the address is replaced.
  [paths.pair]: 'devices',
  [paths.links]: 'links',
  [paths.share]: null,
};

const PAUSE = '/pause';
const LOG = '/log';

/** The screen's name in the title, and the address shown for it. */
function lookUp(path: string): [PageName | null, string] {
  const page = plain[path];
  if (page !== undefined) return [page, path];
  // A past day's diary card and a journal entry keep their address: a date or a random id says nothing.
  if (/^\/check-in\/\d{4}-\d\d-\d\d$/.test(path)) return ['checkIn', path];
  if (/^\/journal\/[\da-f-]+$/.test(path)) return ['entry', path];
  // A part of the plan shows as its number (its name may tell), so a reload mid-build stays on it.
  const part = planSectionIds.indexOf(path.slice(PLAN_SECTION_PREFIX.length) as PlanSectionId);
  if (part >= 0 && path.startsWith(PLAN_SECTION_PREFIX)) return ['plan', PLAN_SECTION_PREFIX + String(part + 1)];
  if (path.startsWith(SKILL_PREFIX)) return ['skill', paths.skills];
  // Learn and its pages: a page's id names its subject, so every one shows Learn's address.
  if (path.startsWith(paths.learn)) return ['learn', paths.learn];
  if (path === paths.planSupport) return ['planCard', paths.plan];
  // Ride it out and noting a slip show plain words of their own, so a reload (a pull to refresh) stays there.
  if (path === paths.ride) return ['pause', PAUSE];
  if (path === paths.slip) return ['log', LOG];
  // The rest show the start's address: what they are about, or an address typed or pasted, is not kept.
  return [path === paths.help ? null : path.startsWith(REFLECT_PREFIX) ? 'reflection' : 'notFound', paths.home];
}

/** The plain name of the screen at `path` (none for Home), as titles show it: the way back names it too. */
export const pageOf = (path: string): PageName | null => lookUp(path)[0];

/** The screen an address opens: a plain address back to its screen, any other address as it is. */
export function pathOfAddress(address: string): string {
  if (address === PAUSE) return paths.ride;
  if (address === LOG) return paths.slip;
  const number = /^\d+$/.test(address.slice(PLAN_SECTION_PREFIX.length)) ? Number(address.slice(PLAN_SECTION_PREFIX.length)) : 0;
  const part = address.startsWith(PLAN_SECTION_PREFIX) ? planSectionIds[number - 1] : undefined;
  return part ? planSectionPath(part) : address;
}

/** The address the browser shows and keeps while `path` is open. */
export const pageAddress = (path: string, discreet: boolean): string => (discreet ? paths.home : lookUp(path)[1]);

export interface TitleContext {
  path: string;
  /** The lock screen and the screen after deleting show over any address. */
  showing: 'screen' | 'locked' | 'deleted';
  discreet: boolean;
}

/** The document title while `path` is open: "Plan · Ebb", "Ebb" at home, always "Notes" in discreet mode. */
export function pageTitle({ path, showing, discreet }: TitleContext): string {
  if (discreet) return m.discreet.name;
  const page = showing === 'locked' ? 'locked' : showing === 'deleted' ? 'deleted' : lookUp(path)[0];
  return page === null ? m.app.name : `${m.pages[page]} · ${m.app.name}`;
}
