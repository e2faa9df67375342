// After a slip: compassion first, medical help one tap away, and a note of when (no detail at all).
// Nothing is reset. The reflection on it is offered later, when calm, never here.
import { useState } from 'preact/hooks';
import { Field } from '../../components/field.tsx';
import { Link } from '../../components/link.tsx';
import { Screen } from '../../components/screen.tsx';
import { format } from '../../i18n/messages.ts';
import { md } from '../../i18n/diary-messages.ts';
import { paths } from '../../router.ts';
import { openHelpNow } from '../../state/help-now-state.ts';
import { recordSlip } from '../../state/reflection-state.ts';
import { describeStorageError } from '../../storage/describe-storage-error.ts';

const S = md.slip;
const localInputValue = (at: number) => {
  const d = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
};

export function SlipScreen() {
  const [when, setWhen] = useState<'now' | 'earlier'>('now');
  const [earlier, setEarlier] = useState(() => localInputValue(Date.now() - 60 * 60_000));
  const [problem, setProblem] = useState('');
  const [saved, setSaved] = useState(false);
  const [status, setStatus] = useState('');

  const save = async (event: Event) => {
    event.preventDefault();
    const at = when === 'now' ? Date.now() : new Date(earlier).getTime();
    if (!Number.isFinite(at) || at > Date.now()) {
      setProblem(S.whenProblem);
      document.getElementById('slip-when')?.focus();
      return;
    }
    setProblem('');
    try {
      await recordSlip(at);
      setSaved(true);
      setStatus(S.saved);
    } catch (error) {
      setStatus(format(md.saveFailed, { reason: describeStorageError(error) }));
    }
  };

  return (
    <Screen title={S.title}>
      <p class="lead">{S.compassion}</p>
      <p>{S.kind}</p>
      <p>
        <button type="button" class="button button-help" onClick={() => openHelpNow('hurt')}>
          {S.medical}
        </button>
      </p>
      {!saved && (
        <form class="panel" noValidate onSubmit={(e) => void save(e)}>
          <fieldset class="field">
            <legend>{S.when}</legend>
            <label class="choice">
              <input type="radio" name="slip-when" checked={when === 'now'} onChange={() => setWhen('now')} />
              {S.now}
            </label>
            <label class="choice">
              <input type="radio" name="slip-when" checked={when === 'earlier'} onChange={() => setWhen('earlier')} />
              {S.earlier}
            </label>
          </fieldset>
          {when === 'earlier' && (
            <Field id="slip-when" label={S.whenLabel} problem={problem}>
              {(control) => <input {...control} type="datetime-local" value={earlier} max={localInputValue(Date.now())} onInput={(e) => setEarlier(e.currentTarget.value)} />}
            </Field>
          )}
          <button type="submit" class="button button-primary">
            {S.save}
          </button>
        </form>
      )}
      <p role="status" class="status">
        {status}
      </p>
      {saved && (
        <>
          <p>{S.later}</p>
          <p>
            <Link class="button" href={paths.progress}>
              {S.progress}
            </Link>
          </p>
        </>
      )}
    </Screen>
  );
}
