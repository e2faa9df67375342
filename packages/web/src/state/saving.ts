// Saving from one control: saves run one after another in the order they were asked for, and the control
// is told how the newest one went. A failure is said in plain words and never thrown, so nothing goes
// unhandled and nothing the person entered is cleared by it.

export type Saving = { readonly status: 'idle' | 'saving' | 'saved' } | { readonly status: 'failed'; readonly reason: string };

export interface Saver {
  /** Runs `save` after any earlier save from the same control; resolves true when it was kept, never rejects. */
  save(save: () => Promise<unknown>): Promise<boolean>;
  /** The control has gone: nothing more is shown (saves already asked for still run). */
  stop(): void;
}

export function saver(show: (state: Saving) => void, describe: (error: unknown) => string): Saver {
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  let stopped = false;
  return {
    save(save) {
      waiting++;
      if (!stopped) show({ status: 'saving' });
      const done = queue.then(save).then(
        () => ({ status: 'saved' }) as const,
        (error: unknown) => ({ status: 'failed', reason: describe(error) }) as const,
      );
      queue = done;
      return done.then((outcome) => {
        waiting--;
        // Each save from a control replaces what the one before it saved, so the newest outcome is the truth.
        if (!stopped && waiting === 0) show(outcome);
        return outcome.status === 'saved';
      });
    },
    stop() {
      stopped = true;
    },
  };
}
