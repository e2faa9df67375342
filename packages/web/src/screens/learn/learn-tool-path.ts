// Where each link from a Learn page into Ebb's tools leads: a screen's path, or Help now, which opens as a
// panel over the page rather than as a screen of its own.
import type { LearnTool } from '@ebb/content';
import { paths, planSectionPath, skillPath } from '../../router.ts';

/** Where Learn's pages are; named here, with Learn's code, so the first screen's code stays small. */
export const LEARN_PREFIX = `${paths.learn}/`;

/** One Learn page's address: /learn/<page id>. */
export const learnPath = (id: string) => LEARN_PREFIX + encodeURIComponent(id);

export type ToolTarget = { kind: 'help' } | { kind: 'screen'; path: string };

export function toolTarget(tool: LearnTool): ToolTarget {
  const screen = (path: string): ToolTarget => ({ kind: 'screen', path });
  switch (tool.screen) {
    case 'help':
      return { kind: 'help' };
    case 'ride':
      return screen(paths.ride);
    case 'plan':
      return screen(paths.plan);
    case 'plan-now':
      return screen(paths.planNow);
    case 'plan-part':
      return screen(planSectionPath(tool.section));
    case 'slip':
      return screen(paths.slip);
    case 'skills':
      return screen(paths.skills);
    case 'skill':
      return screen(skillPath(tool.id));
    case 'check-in':
      return screen(paths.checkIn);
    case 'support-card':
      return screen(paths.planSupport);
    case 'contacts':
      return screen(paths.contacts);
    case 'hope-box':
      return screen(paths.hope);
    case 'learn':
      return screen(learnPath(tool.id));
  }
}
