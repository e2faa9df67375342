// Learn's library: each page has its own address, and every link between pages leads to one that is there.
import { describe, expect, it } from 'vitest';
import { learnLibrary } from './learn-library.ts';

describe('Learn library', () => {
  it('gives every page its own id', () => {
    const ids = learnLibrary.map((page) => page.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('links only to pages it has', () => {
    const ids = new Set(learnLibrary.map((page) => page.id));
    const missing = learnLibrary.flatMap((page) =>
      page.blocks.flatMap((block) => (block.kind === 'tool' && block.to.screen === 'learn' && !ids.has(block.to.id) ? [`${page.id} → ${block.to.id}`] : [])),
    );
    expect(missing).toEqual([]);
  });

  it('includes the guide for the people who help, under its own topic', () => {
    expect(learnLibrary.filter((page) => page.topic === 'for-supporters').length).toBeGreaterThan(0);
  });
});
