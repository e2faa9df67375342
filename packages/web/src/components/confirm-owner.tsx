// The one step that asks for the current passcode (or recovery key) again before Ebb exposes or removes
// everything: an inline panel with a labelled field, a message beside it on a wrong entry, and Esc or Cancel
// giving focus back to the control that opened it. Without a passcode the action simply goes ahead.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useSecondsUntil } from './use-seconds-until.ts';
import { format } from '../i18n/messages.ts';
import { mo } from '../i18n/screen-messages.ts';
import { mr } from '../i18n/reauth-messages.ts';
import { confirmOwner, passcodeKind } from '../state/vault-state.ts';
import type { OwnerProof } from '../state/owner-proof.ts';

interface ConfirmOwnerProps {
  /** Unique on the page: names the panel's title, field and message. */
  id: string;
  title: string;
  /** What the action will do, said before the field (e.g. what turning the passcode off means). */
  explain?: ComponentChildren;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirmed: (proof: OwnerProof) => void;
  onCancel: () => void;
}

function ConfirmOwner({ id, title, explain, confirmLabel, cancelLabel = mr.cancel, onConfirmed, onCancel }: ConfirmOwnerProps) {
  // The control that opened this step (it stays on screen): focus goes back to it on Esc or Cancel.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [retryAt, setRetryAt] = useState(0);
  const waitSeconds = useSecondsUntil(retryAt);
  useEffect(() => input.current?.focus(), []);

  const cancel = () => {
    onCancel();
    opener?.focus();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || value === '') return;
    setBusy(true);
    setProblem('');
    try {
      const outcome = await confirmOwner(value);
      if (outcome.ok) {
        onConfirmed(outcome.proof);
        return;
      }
      setValue('');
      if (outcome.reason === 'wrong-recovery-key') setProblem(mo.lock.recoveryWrong);
      else {
        setRetryAt(outcome.retryAt);
        setProblem(outcome.reason === 'wrong' ? mo.lock.wrong : '');
      }
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const problemId = `${id}-problem`;
  return (
    // Escape pressed in any of the form's fields bubbles up to the form to cancel; the form takes no focus.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      class="panel"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        cancel();
      }}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      {explain && <p>{explain}</p>}
      <p>{mr.why}</p>
      <div class="field">
        <label for={`${id}-secret`}>{passcodeKind.value === 'pin' ? mr.labelPin : mr.labelPassphrase}</label>
        <input
          ref={input}
          id={`${id}-secret`}
          type="password"
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          value={value}
          readOnly={busy}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem || waitSeconds > 0 ? problemId : undefined}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
        <p id={problemId} role="alert" class="problem">
          {problem}
          {waitSeconds > 0 && ` ${format(mo.lock.waitSeconds, { seconds: waitSeconds })} ${mr.waitOrRecovery}`}
        </p>
      </div>
      <p class="actions">
        <button type="submit" class="button button-primary" disabled={busy || value === ''}>
          {busy ? mr.checking : confirmLabel}
        </button>
        <button type="button" class="button button-quiet" onClick={cancel}>
          {cancelLabel}
        </button>
      </p>
    </form>
  );
}

type Options = Omit<ConfirmOwnerProps, 'onConfirmed' | 'onCancel'>;

/**
 * Gates an action behind the confirm step: `ask()` runs it at once without a passcode, or shows `panel`
 * and runs it with the proof once the passcode (or recovery key) is confirmed.
 */
export function useConfirmOwner(options: Options, run: (proof: OwnerProof | null) => void): { ask: () => void; panel: ComponentChildren } {
  const [asking, setAsking] = useState(false);
  const ask = () => (passcodeKind.value === null ? run(null) : setAsking(true));
  const panel = asking && (
    <ConfirmOwner
      {...options}
      onConfirmed={(proof) => {
        setAsking(false);
        run(proof);
      }}
      onCancel={() => setAsking(false)}
    />
  );
  return { ask, panel };
}
