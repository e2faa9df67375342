// The titles and addresses the browser keeps: plain words for every screen, nothing telling, nothing the
// person wrote, and nothing at all beyond "Notes" and "/" in discreet mode.
import { describe, expect, it } from 'vitest';
import { planSectionIds } from '@ebb/content';
import { pageAddress, pageTitle, pathOfAddress } from './neutral-page.ts';
import { checkInPath, journalPath, paths, planSectionPath, reflectPath, skillPath } from './router.ts';
import { learnPath } from './screens/learn/learn-tool-path.ts';

const TELLING = /slip|harm|hurt|urge|suicid|ride|cut|trigger|warning|crisis|own-/i;
/** Addresses also leave out what a screen is for and any id. */
const TELLING_ADDRESS = /reflect|help|support|signs|people|space|reasons/i;

const everyScreen = [
  ...Object.values(paths),
  checkInPath('2026-11-21'),
  reflectPath('9b2f4c1e-0d3a-4f55-9a77-5b1c2e3d4f60'),
  journalPath('4f1c9a2e-7b3d-4e8f-a1b2-c3d4e5f60718'),
  skillPath('own-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9'),
  skillPath('plan:0'),
  skillPath('paced-breathing'),
  learnPath('after-a-slip'),
  ...planSectionIds.map(planSectionPath),
  '/my%20secret%20words',
  '/check-in/not-a-day',
];

describe('neutral page titles and addresses', () => {
  it.each(everyScreen)('%s: a plain title and address, with nothing telling', (path) => {
    const title = pageTitle({ path, showing: 'screen', discreet: false });
    expect(title).toMatch(/^([A-Z][a-z-]*( [a-z]+)? · )?Ebb$/);
    expect(title).not.toMatch(TELLING);
    const address = pageAddress(path, false);
    expect(address).not.toMatch(TELLING);
    expect(address).not.toMatch(TELLING_ADDRESS);
    expect(address).not.toContain('secret');
    expect(address).toMatch(/^\/[a-z/-]*(\d{4}-\d{2}-\d{2}|[0-9a-f-]{36}|\d{1,2})?$/);
  });

  it.each(everyScreen)('%s in discreet mode: "Notes" at "/"', (path) => {
    for (const showing of ['screen', 'locked', 'deleted'] as const) expect(pageTitle({ path, showing, discreet: true })).toBe('Notes');
    expect(pageAddress(path, true)).toBe('/');
  });

  it('keeps plain addresses so a reload opens the same screen, and gives the others their area', () => {
    expect(pageAddress(paths.planVersions, false)).toBe(paths.planVersions);
    expect(pageAddress(checkInPath('2026-11-21'), false)).toBe('/check-in/2026-11-21');
    expect(pageAddress(skillPath('own-1'), false)).toBe(paths.skills);
    expect(pageAddress(learnPath('after-a-slip'), false)).toBe(paths.learn);
    expect(pageAddress(planSectionPath('triggers'), false)).toBe('/plan/part/8');
    expect(pathOfAddress('/plan/part/8')).toBe(planSectionPath('triggers'));
    expect(pathOfAddress(planSectionPath('triggers'))).toBe(planSectionPath('triggers'));
    expect(pathOfAddress('/plan/part/99')).toBe('/plan/part/99');
    expect(pageAddress(planSectionPath('no-such-part'), false)).toBe(paths.home);
    expect(pageAddress(journalPath('4f1c9a2e-7b3d'), false)).toBe('/journal/4f1c9a2e-7b3d');
    expect(pageAddress(journalPath('Dear diary'), false)).toBe(paths.home);
    expect(pageAddress(paths.ride, false)).toBe('/pause');
    expect(pathOfAddress('/pause')).toBe(paths.ride);
    expect(pageAddress(paths.slip, false)).toBe('/log');
    expect(pathOfAddress('/log')).toBe(paths.slip);
    expect(pageAddress(reflectPath('abc'), false)).toBe(paths.home);
  });

  it('names each screen descriptively, and the lock and deleted screens over any address', () => {
    expect(pageTitle({ path: paths.home, showing: 'screen', discreet: false })).toBe('Ebb');
    expect(pageTitle({ path: paths.ride, showing: 'screen', discreet: false })).toBe('A pause · Ebb');
    expect(pageTitle({ path: paths.slip, showing: 'screen', discreet: false })).toBe('Log · Ebb');
    expect(pageTitle({ path: reflectPath('x'), showing: 'screen', discreet: false })).toBe('Reflection · Ebb');
    expect(pageTitle({ path: skillPath('own-1'), showing: 'screen', discreet: false })).toBe('Skill · Ebb');
    expect(pageTitle({ path: learnPath('after-a-slip'), showing: 'screen', discreet: false })).toBe('Learn · Ebb');
    expect(pageTitle({ path: '/nowhere', showing: 'screen', discreet: false })).toBe('Not found · Ebb');
    expect(pageTitle({ path: paths.ride, showing: 'locked', discreet: false })).toBe('Locked · Ebb');
    expect(pageTitle({ path: paths.plan, showing: 'deleted', discreet: false })).toBe('Start again · Ebb');
  });
});
