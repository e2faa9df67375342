// The saver: saves from one control run in order, the newest outcome is shown, failures are said and never thrown.
import { describe, expect, it } from 'vitest';
import { saver, type Saving } from './saving.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const describeError = (error: unknown) => (error instanceof Error ? `described ${error.message}` : 'unknown');

describe('saver', () => {
  it('shows saving, then saved, and resolves true', async () => {
    const shown: Saving[] = [];
    const kept = await saver((s) => shown.push(s), describeError).save(() => Promise.resolve());
    expect(kept).toBe(true);
    expect(shown).toEqual([{ status: 'saving' }, { status: 'saved' }]);
  });

  it('says a failure in plain words and resolves false instead of throwing', async () => {
    const shown: Saving[] = [];
    const kept = await saver((s) => shown.push(s), describeError).save(() => Promise.reject(new Error('quota')));
    expect(kept).toBe(false);
    expect(shown.at(-1)).toEqual({ status: 'failed', reason: 'described quota' });
  });

  it('catches a save that throws before returning its promise', async () => {
    const shown: Saving[] = [];
    const kept = await saver((s) => shown.push(s), describeError).save(() => {
      throw new Error('at once');
    });
    expect(kept).toBe(false);
    expect(shown.at(-1)).toEqual({ status: 'failed', reason: 'described at once' });
  });

  it('runs saves one after another, in the order asked', async () => {
    const order: string[] = [];
    let releaseFirst!: () => void;
    const s = saver(() => undefined, describeError);
    const first = s.save(async () => {
      order.push('first starts');
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      order.push('first ends');
    });
    const second = s.save(async () => {
      order.push('second starts');
    });
    await settle();
    expect(order).toEqual(['first starts']);
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second starts']);
  });

  it('keeps saving after a failure, and shows the newest outcome', async () => {
    const shown: Saving[] = [];
    const s = saver((state) => shown.push(state), describeError);
    const outcomes = await Promise.all([s.save(() => Promise.reject(new Error('full'))), s.save(() => Promise.resolve())]);
    expect(outcomes).toEqual([false, true]);
    expect(shown.at(-1)).toEqual({ status: 'saved' });
    const later = await s.save(() => Promise.reject(new Error('full')));
    expect(later).toBe(false);
    expect(shown.at(-1)).toEqual({ status: 'failed', reason: 'described full' });
  });

  it('shows nothing once the control has gone, but still finishes the save', async () => {
    const shown: Saving[] = [];
    let saved = false;
    const s = saver((state) => shown.push(state), describeError);
    const pending = s.save(async () => {
      await settle();
      saved = true;
    });
    s.stop();
    expect(await pending).toBe(true);
    expect(saved).toBe(true);
    expect(shown).toEqual([{ status: 'saving' }]);
  });
});
