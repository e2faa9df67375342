// The one way a screen reads what it shows: loading, loaded or failed, with `retry` for Try again. A newer
// read (the inputs changed, or Try again) and closing the screen both win over a read still under way.
import { useEffect, useRef, useState } from 'preact/hooks';
import { loader, type Loader, type Loading } from '../state/loading.ts';
import { describeStorageError } from '../state/describe-storage-error.ts';

export type RecordState<T> = Loading<T> & { readonly retry: () => void };

/** Reads `load()` when the screen opens and again whenever `inputs` change. */
export function useRecord<T>(load: () => Promise<T>, inputs: readonly unknown[] = []): RecordState<T> {
  const [state, setState] = useState<Loading<T>>({ status: 'loading' });
  const currentRef = useRef<Loader | null>(null);
  useEffect(() => {
    const reading = loader(load, setState, describeStorageError);
    currentRef.current = reading;
    reading.start();
    return () => reading.stop();
  }, inputs); // The caller names what the read depends on.
  return { ...state, retry: () => currentRef.current?.start() };
}
