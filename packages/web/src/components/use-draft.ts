// useDraft: every free-text form keeps what is typed and not yet saved as an encrypted draft (state/drafts.ts),
// puts it back when the person returns, and removes it when they save or discard it. The form gives its
// words as fields (null when nothing is unsaved) and how to put words back or go back without them.
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { DraftFields } from '@ebb/core';
import { DraftSession, type DraftForm } from '../state/draft-session.ts';
import { drafts } from '../state/drafts.ts';

export type DraftShown = 'none' | 'kept' | 'restored' | 'discarded';

export interface DraftControl {
  /** What to tell the person: nothing, words kept, words back from last time, or words just discarded. */
  shown: DraftShown;
  /** Why the draft could not be read or kept; undefined when all is well. */
  problem: unknown;
  discard: () => void;
  undo: () => void;
  /** Call once the form is saved (before emptying it): the draft is removed. */
  saved: () => Promise<void>;
}

// The page may be closed or put away at any moment: what is waiting is written first. (With "lock when
// hidden", locking comes first and seals it: state/drafts.ts.)
addEventListener('pagehide', () => void drafts.flushAll());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void drafts.flushAll();
});

/**
 * Keeps `fields` as the draft `key` (a stable name such as `journal:new`; null until the form shows what
 * is saved, so the draft is put back over it rather than under it).
 */
export function useDraft(key: string | null, fields: DraftFields | null, form: DraftForm): DraftControl {
  const [, changed] = useReducer((n: number) => n + 1, 0);
  const [session, setSession] = useState<DraftSession | null>(null);
  const latestRef = useRef(form);
  // The form's newest way to put words back, for a draft read after later renders.
  useLayoutEffect(() => {
    latestRef.current = form;
  });

  useEffect(() => {
    if (!key) return;
    const started = new DraftSession(drafts, key, { restore: (f) => latestRef.current.restore(f), reset: () => latestRef.current.reset() }, () =>
      changed(undefined),
    );
    setSession(started);
    void started.start();
    return () => started.end();
  }, [key]);

  const live = session?.key === key ? session : null;
  // Compared as text: the form builds a new object on every render. Handed over as soon as the render is
  // committed, not after the next frame: a page put away at once has no next frame.
  const text = fields && JSON.stringify(fields);
  useLayoutEffect(() => live?.update(text === null ? null : (JSON.parse(text) as DraftFields)), [live, text]);

  const shown: DraftShown = !live?.ready ? 'none' : live.discarded ? 'discarded' : !fields ? 'none' : live.restored ? 'restored' : 'kept';
  return {
    shown,
    problem: live?.problem,
    discard: () => live?.discard(),
    undo: () => live?.undo(),
    saved: () => live?.saved() ?? Promise.resolve(),
  };
}
