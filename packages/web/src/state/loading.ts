// Reading what a screen shows: loading, loaded or failed, where only the newest read may answer. A read
// started earlier (the screen moved to another week, or Try again was pressed) or finishing after the screen
// closed is ignored, so a slow old answer never replaces a newer one.

export type Loading<T> =
  { readonly status: 'loading' } | { readonly status: 'loaded'; readonly value: T } | { readonly status: 'failed'; readonly reason: string };

export interface Loader {
  /** Reads again from the start; any read still under way no longer counts. */
  start(): void;
  /** The screen has gone: nothing more is shown. */
  stop(): void;
}

/** `show` receives every state the newest read passes through; `describe` turns a failure into plain words. */
export function loader<T>(load: () => Promise<T>, show: (state: Loading<T>) => void, describe: (error: unknown) => string): Loader {
  let newest = 0;
  return {
    start() {
      const read = ++newest;
      show({ status: 'loading' });
      // A load that throws before returning its promise fails the same way as one that rejects.
      new Promise<T>((resolve) => resolve(load())).then(
        (value) => read === newest && show({ status: 'loaded', value }),
        (error: unknown) => read === newest && show({ status: 'failed', reason: describe(error) }),
      );
    },
    stop() {
      newest++;
    },
  };
}
