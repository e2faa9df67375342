// Shows a screen's data once read: "Just a moment…" while reading, and a failed read said in plain words with
// Try again, never as if there were nothing there.
import type { ComponentChildren } from 'preact';
import { format, m } from '../i18n/messages.ts';
import { ml } from '../i18n/loading-messages.ts';
import type { RecordState } from './use-record.ts';

interface LoadedProps<T> {
  record: RecordState<T>;
  children: (value: T) => ComponentChildren;
}

export function Loaded<T>({ record, children }: LoadedProps<T>) {
  if (record.status === 'loading') {
    return (
      <p class="loading" aria-busy="true">
        {m.app.opening}
      </p>
    );
  }
  if (record.status === 'failed') {
    return (
      <div class="panel" role="alert">
        <p>{format(ml.loadFailed, { reason: record.reason })}</p>
        <p class="actions">
          <button type="button" class="button" onClick={record.retry}>
            {ml.tryAgain}
          </button>
        </p>
      </div>
    );
  }
  return <>{children(record.value)}</>;
}
