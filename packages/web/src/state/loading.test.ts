// The loader: loading then loaded or failed, and a read that is no longer the newest never answers.
import { describe, expect, it } from 'vitest';
import { loader, type Loading } from './loading.ts';

/** A read the test finishes by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const describeError = (error: unknown) => (error instanceof Error ? `described ${error.message}` : 'unknown');

describe('loader', () => {
  it('shows loading, then the value', async () => {
    const shown: Loading<number>[] = [];
    loader(
      () => Promise.resolve(7),
      (s) => shown.push(s),
      describeError,
    ).start();
    await settle();
    expect(shown).toEqual([{ status: 'loading' }, { status: 'loaded', value: 7 }]);
  });

  it('shows a failure in plain words, never as an empty value', async () => {
    const shown: Loading<number[]>[] = [];
    loader(
      () => Promise.reject(new Error('quota')),
      (s) => shown.push(s),
      describeError,
    ).start();
    await settle();
    expect(shown).toEqual([{ status: 'loading' }, { status: 'failed', reason: 'described quota' }]);
  });

  it('treats a load that throws at once like one that rejects', async () => {
    const shown: Loading<number>[] = [];
    const throwing = (): Promise<number> => {
      throw new Error('at once');
    };
    loader(throwing, (s) => shown.push(s), describeError).start();
    await settle();
    expect(shown.at(-1)).toEqual({ status: 'failed', reason: 'described at once' });
  });

  it('lets only the newest read answer when an older one finishes later', async () => {
    const reads = [deferred<string>(), deferred<string>()];
    let next = 0;
    const shown: Loading<string>[] = [];
    const l = loader(
      () => reads[next++]!.promise,
      (s) => shown.push(s),
      describeError,
    );
    l.start();
    l.start();
    reads[1]!.resolve('new');
    await settle();
    reads[0]!.resolve('old');
    await settle();
    expect(shown).toEqual([{ status: 'loading' }, { status: 'loading' }, { status: 'loaded', value: 'new' }]);
  });

  it('ignores an older failure once a newer read has started', async () => {
    const reads = [deferred<string>(), deferred<string>()];
    let next = 0;
    const shown: Loading<string>[] = [];
    const l = loader(
      () => reads[next++]!.promise,
      (s) => shown.push(s),
      describeError,
    );
    l.start();
    l.start();
    reads[0]!.reject(new Error('old'));
    reads[1]!.resolve('new');
    await settle();
    expect(shown.filter((s) => s.status === 'failed')).toEqual([]);
    expect(shown.at(-1)).toEqual({ status: 'loaded', value: 'new' });
  });

  it('retries after a failure (Try again)', async () => {
    let fail = true;
    const shown: Loading<string>[] = [];
    const l = loader(
      () => (fail ? Promise.reject(new Error('busy')) : Promise.resolve('back')),
      (s) => shown.push(s),
      describeError,
    );
    l.start();
    await settle();
    fail = false;
    l.start();
    await settle();
    expect(shown).toEqual([{ status: 'loading' }, { status: 'failed', reason: 'described busy' }, { status: 'loading' }, { status: 'loaded', value: 'back' }]);
  });

  it('shows nothing after the screen has gone', async () => {
    const read = deferred<string>();
    const shown: Loading<string>[] = [];
    const l = loader(
      () => read.promise,
      (s) => shown.push(s),
      describeError,
    );
    l.start();
    l.stop();
    read.resolve('late');
    await settle();
    expect(shown).toEqual([{ status: 'loading' }]);
  });
});
