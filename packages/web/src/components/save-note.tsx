// The note beside a control that saves: what went wrong, in plain words, right where the change was made,
// or the confirmation the screen gives. Always in the page, so a screen reader hears it change.
import { format } from '../i18n/messages.ts';
import type { SaveState } from './use-save.ts';

interface SaveNoteProps {
  /** Given to the control's aria-describedby, so the failure is read with it. */
  id: string;
  saving: SaveState;
  /** What a failure says: a template with {reason}. */
  failed: string;
  /** What a save that was kept says, if the screen confirms saves. */
  saved?: string | undefined;
  /** What the note says whenever there is no failure or confirmation to give (what the current choice means). */
  standing?: string | undefined;
}

export function SaveNote({ id, saving, failed, saved, standing }: SaveNoteProps) {
  const { state } = saving;
  return (
    <p id={id} role="status" tabIndex={-1} class={state.status === 'failed' ? 'status problem' : 'status'}>
      {state.status === 'failed' ? format(failed, { reason: state.reason }) : state.status === 'saved' && saved ? saved : (standing ?? '')}
    </p>
  );
}

/** The control's aria-describedby while its save has failed. */
export const describedByFailure = (saving: SaveState, id: string) => (saving.state.status === 'failed' ? id : undefined);
