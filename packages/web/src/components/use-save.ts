// The one way a control saves: its saves run in order and how the newest went is kept for the note beside
// it (save-note.tsx). A failure never throws, so nothing is left unhandled, and what was entered stays.
import { useEffect, useState } from 'preact/hooks';
import { saver, type Saving } from '../state/saving.ts';
import { describeStorageError } from '../state/describe-storage-error.ts';

export interface SaveState {
  /** Runs `save` after the control's earlier saves; resolves true when kept. */
  readonly save: (save: () => Promise<unknown>) => Promise<boolean>;
  readonly state: Saving;
}

export function useSave(): SaveState {
  const [state, setState] = useState<Saving>({ status: 'idle' });
  const [control] = useState(() => saver(setState, describeStorageError));
  useEffect(() => () => control.stop(), [control]);
  return { save: control.save, state };
}
