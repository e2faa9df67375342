// "Why are you changing it?": an optional reason kept with this sitting's version of the plan, so the
// person can later see "after a slip" or "with my therapist" beside each version.
import { useEffect, useState } from 'preact/hooks';
import { format } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';
import { checkRevising, currentChangeReason, revising, setChangeReason } from '../../state/plan-saving.ts';
import { describeStorageError } from '../../state/describe-storage-error.ts';

const MAX_REASON = 200;

export function ChangeReason() {
  const [reason, setReason] = useState(currentChangeReason);
  const [status, setStatus] = useState('');

  useEffect(() => void checkRevising().catch(() => undefined), []);
  if (!revising.value) return null;

  const keep = async (text: string) => {
    const trimmed = text.trim().slice(0, MAX_REASON);
    setReason(trimmed);
    try {
      await setChangeReason(trimmed);
      setStatus(mp.section.reasonSaved);
    } catch (error) {
      setStatus(format(mp.saveFailed, { reason: describeStorageError(error) }));
    }
  };

  return (
    <details class="reason" open={reason !== ''}>
      <summary>{mp.section.reasonLabel}</summary>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void keep(reason);
        }}
      >
        <p id="change-reason-hint" class="hint">
          {mp.section.reasonHint}
        </p>
        <p class="actions">
          {mp.section.reasonIdeas.map((idea) => (
            <button key={idea} type="button" class="idea" aria-pressed={reason === idea} onClick={() => void keep(idea)}>
              {idea}
            </button>
          ))}
        </p>
        <div class="field">
          <label for="change-reason">{mp.section.reasonField}</label>
          <input
            id="change-reason"
            type="text"
            maxLength={MAX_REASON}
            autocomplete="off"
            value={reason}
            aria-describedby="change-reason-hint"
            onInput={(e) => setReason(e.currentTarget.value)}
          />
        </div>
        <p class="actions">
          <button type="submit" class="button">
            {mp.section.reasonSave}
          </button>
        </p>
        <p role="status" class="status">
          {status}
        </p>
      </form>
    </details>
  );
}
