// Privacy: whether the browser keeps Ebb's data, and deleting everything.
import { useEffect, useState } from 'preact/hooks';
import { format, m } from '../i18n/messages.ts';
import { deleteEverything } from '../storage/delete-everything.ts';
import { askToKeepStorage, storagePersistence, type Persistence } from '../storage/persistence.ts';
import { announceDeletion } from '../state/deletion-broadcast.ts';
import { closeVault, deviceSecretHome } from '../state/vault-state.ts';

export function KeepingData() {
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => void storagePersistence().then(setPersistence), []);
  if (persistence === null) return null;
  const text = persistence === 'kept' ? m.privacy.keepKept : persistence === 'may-be-cleared' ? m.privacy.keepMayClear : m.privacy.keepUnknown;
  return (
    <section aria-labelledby="keep-title">
      <h2 id="keep-title">{m.privacy.keepTitle}</h2>
      <p>{text}</p>
      {persistence === 'may-be-cleared' && (
        <p class="actions">
          <button
            type="button"
            class="button"
            onClick={() =>
              void askToKeepStorage().then((result) => {
                setPersistence(result);
                setRefused(result !== 'kept');
              })
            }
          >
            {m.privacy.keepAsk}
          </button>
        </p>
      )}
      {refused && <p role="status">{m.privacy.keepRefused}</p>}
    </section>
  );
}

export function DeleteEverything() {
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [problem, setProblem] = useState('');
  const remove = async () => {
    setProblem('');
    try {
      closeVault();
      await deleteEverything();
      announceDeletion();
    } catch (error) {
      setProblem(format(m.privacy.deleteFailed, { reason: error instanceof Error ? error.name : 'unknown' }));
    }
  };
  return (
    <section aria-labelledby="delete-title">
      <h2 id="delete-title">{m.privacy.deleteTitle}</h2>
      <p>{m.privacy.deleteExplain}</p>
      <p>{deviceSecretHome.value === 'database' ? m.privacy.deleteLeftoversWeak : m.privacy.deleteLeftovers}</p>
      {!open ? (
        <p class="actions">
          <button type="button" class="button button-quiet" onClick={() => setOpen(true)}>
            {m.privacy.deleteStart}
          </button>
        </p>
      ) : (
        <div class="panel">
          <label class="choice">
            <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} />
            {m.privacy.deleteConfirm}
          </label>
          <p class="actions">
            <button type="button" class="button button-danger" disabled={!understood} onClick={() => void remove()}>
              {m.privacy.deleteYes}
            </button>
            <button type="button" class="button button-quiet" onClick={() => setOpen(false)}>
              {m.privacy.deleteNo}
            </button>
          </p>
        </div>
      )}
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
    </section>
  );
}
