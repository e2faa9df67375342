// The way back: each screen's parent, and where the back link leads after the moves a person makes.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backTarget,
  checkInPath,
  currentPath,
  journalPath,
  navigate,
  parentOf,
  paths,
  planSectionPath,
  reflectPath,
  skillPath,
  startRouter,
} from './router.ts';
import { learnPath } from './screens/learn/learn-tool-path.ts';

/** Opens Ebb at `path` as a reload or a shortcut would. */
function openAt(path: string): void {
  vi.stubGlobal('location', { pathname: path });
  startRouter((address) => address);
}

beforeEach(() => {
  vi.stubGlobal('history', { replaceState: () => undefined });
  vi.stubGlobal('window', { scrollTo: () => undefined });
});

describe('parentOf', () => {
  it.each([
    [paths.home, null],
    [paths.help, null],
    [paths.settings, paths.home],
    [paths.ride, paths.home],
    [paths.slip, paths.home],
    [paths.checkIn, paths.home],
    [paths.diaryWeek, paths.checkIn],
    [checkInPath('2026-11-21'), paths.diaryWeek],
    [paths.planNow, paths.plan],
    [paths.planVersions, paths.plan],
    [planSectionPath('warning-signs'), paths.plan],
    [skillPath('paced-breathing'), paths.skills],
    [learnPath('after-a-slip'), paths.learn],
    [paths.learn, paths.home],
    [paths.journalNew, paths.journal],
    [journalPath('0f6c'), paths.journal],
    [reflectPath('9b2f'), paths.progress],
    ['/no-such-page', paths.home],
  ])('%s → %s', (path, parent) => {
    expect(parentOf(path)).toBe(parent);
  });
});

describe('the way back', () => {
  it('leads from a screen opened directly to its parent, and up to Home from there', () => {
    openAt(skillPath('paced-breathing'));
    expect(backTarget()).toBe(paths.skills);
    navigate(paths.skills);
    expect(backTarget()).toBe(paths.home);
    navigate(paths.home);
    expect(backTarget()).toBeUndefined();
  });

  it('leads to where the person came from, and on back the way they came', () => {
    openAt(paths.home);
    navigate(paths.settings);
    navigate(paths.ride); // from Help now, opened over Settings
    expect(backTarget()).toBe(paths.settings);
    navigate(paths.slip);
    expect(backTarget()).toBe(paths.ride);
    navigate(backTarget() ?? '');
    expect(currentPath.value).toBe(paths.ride);
    expect(backTarget()).toBe(paths.settings);
    navigate(backTarget() ?? '');
    expect(backTarget()).toBe(paths.home);
  });

  it('leads out of a section, not back through each of its steps', () => {
    openAt(paths.home);
    navigate(paths.plan);
    navigate(planSectionPath('warning-signs'));
    navigate(planSectionPath('triggers'));
    navigate(paths.planLikelihood);
    expect(backTarget()).toBe(paths.plan);
    navigate(paths.checkIn);
    navigate(paths.diaryWeek);
    navigate(checkInPath('2026-11-20'));
    navigate(checkInPath('2026-11-21'));
    expect(backTarget()).toBe(paths.diaryWeek);
  });

  it('never loops: going up to a screen already passed returns to it', () => {
    openAt(planSectionPath('triggers'));
    navigate(paths.plan); // the part's own "Back to my plan"
    expect(backTarget()).toBe(paths.home);
  });
});
