// Every kind of link from a Learn page leads to the screen the router opens for it; Help now opens its panel.
import { planSectionIds, type LearnTool } from '@ebb/content';
import { describe, expect, it } from 'vitest';
import { parentOf, paths } from '../../router.ts';
import { toolTarget } from './learn-tool-path.ts';

describe('links from Learn pages into the tools', () => {
  it.each<[LearnTool, string]>([
    [{ screen: 'ride' }, '/ride'],
    [{ screen: 'plan' }, '/plan'],
    [{ screen: 'plan-now' }, '/plan/now'],
    [{ screen: 'plan-part', section: 'triggers' }, '/plan/part/triggers'],
    [{ screen: 'slip' }, '/slip'],
    [{ screen: 'skills' }, '/skills'],
    [{ screen: 'skill', id: 'urge-surfing' }, '/skills/urge-surfing'],
    [{ screen: 'check-in' }, '/check-in'],
    [{ screen: 'support-card' }, '/plan/support'],
    [{ screen: 'contacts' }, '/contacts'],
    [{ screen: 'hope-box' }, paths.hope],
    [{ screen: 'learn', id: 'after-a-slip' }, '/learn/after-a-slip'],
  ])('%j leads to %s', (tool, path) => {
    expect(toolTarget(tool)).toEqual({ kind: 'screen', path });
  });

  it('opens Help now as its panel, not as a screen', () => {
    expect(toolTarget({ screen: 'help' })).toEqual({ kind: 'help' });
  });

  it('gives every part of the plan its own address, under the plan', () => {
    for (const section of planSectionIds) {
      const target = toolTarget({ screen: 'plan-part', section });
      expect(target.kind === 'screen' && parentOf(target.path)).toBe(paths.plan);
    }
  });
});
