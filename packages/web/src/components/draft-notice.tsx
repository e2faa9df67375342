// Next to a form's Save button: what happens to the words not yet saved. Kept as a draft (with "Discard
// draft"), back from last time, or just discarded (with Undo); and, if the draft could not be kept, why.
// Discard and Undo are one button that changes its words, so the keyboard's place stays on it.
import { format } from '../i18n/messages.ts';
import { mdr } from '../i18n/draft-messages.ts';
import { describeStorageError } from '../state/describe-storage-error.ts';
import type { DraftControl } from './use-draft.ts';

export function DraftNotice({ draft }: { draft: DraftControl }) {
  const { shown, problem } = draft;
  const said =
    problem !== undefined
      ? format(mdr.problem, { reason: describeStorageError(problem) })
      : shown === 'restored'
        ? mdr.restored
        : shown === 'discarded'
          ? mdr.discarded
          : '';
  return (
    <div class="draft">
      <p role="status" class="status small">
        {said}
      </p>
      {shown === 'kept' && problem === undefined && <p class="small">{mdr.kept}</p>}
      {shown !== 'none' && (
        <p class="actions">
          <button type="button" class="button button-quiet" onClick={shown === 'discarded' ? draft.undo : draft.discard}>
            {shown === 'discarded' ? mdr.undo : mdr.discard}
          </button>
        </p>
      )}
    </div>
  );
}
