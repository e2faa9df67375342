// Privacy: whether the browser keeps Ebb's data, and deleting everything.
import { useEffect, useState } from 'preact/hooks';
import { format, m } from '../i18n/messages.ts';
import { mp } from '../i18n/privacy-messages.ts';
import { mr } from '../i18n/reauth-messages.ts';
import { askToKeepStorage, storagePersistence, type Persistence } from '../state/persistence.ts';
import { announceDeletion } from '../state/deletion-broadcast.ts';
import { deleteAllData, deviceSecretHome, getStore } from '../state/vault-state.ts';
import { SYNC_ACCOUNT_ID, syncAccountRecord } from '@ebb/core';
import { useConfirmOwner } from '../components/confirm-owner.tsx';
import type { OwnerProof } from '../state/owner-proof.ts';

export function KeepingData() {
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => void storagePersistence().then(setPersistence, () => setPersistence('unknown')), []);
  if (persistence === null) return null;
  const text = persistence === 'kept' ? mp.keepKept : persistence === 'may-be-cleared' ? mp.keepMayClear : mp.keepUnknown;
  return (
    <section aria-labelledby="keep-title">
      <h2 id="keep-title">{mp.keepTitle}</h2>
      <p>{text}</p>
      {persistence === 'may-be-cleared' && (
        <p class="actions">
          <button
            type="button"
            class="button"
            onClick={() =>
              void askToKeepStorage().then(
                (result) => {
                  setPersistence(result);
                  setRefused(result !== 'kept');
                },
                () => setRefused(true),
              )
            }
          >
            {mp.keepAsk}
          </button>
        </p>
      )}
      {refused && <p role="status">{mp.keepRefused}</p>}
    </section>
  );
}

/** Whether this device syncs: deleting here then leaves the server's copy and other devices as they are. */
function useSyncing(): boolean {
  const [syncing, setSyncing] = useState(false);
  useEffect(() => {
    void getStore()
      .then((store) => store.get(syncAccountRecord, SYNC_ACCOUNT_ID))
      .then((account) => setSyncing(account?.syncing === true))
      .catch(() => undefined); // the storage notice says why the store cannot be read
  }, []);
  return syncing;
}

export function DeleteEverything() {
  const syncing = useSyncing();
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [problem, setProblem] = useState('');
  // With a passcode, the current one is asked for before the last warning.
  const [proof, setProof] = useState<OwnerProof | null>(null);
  const start = useConfirmOwner({ id: 'confirm-delete', title: mp.deleteTitle, confirmLabel: mr.continue }, (confirmed) => {
    setProof(confirmed);
    setOpen(true);
  });
  const remove = async () => {
    setProblem('');
    try {
      await deleteAllData(proof);
      announceDeletion();
    } catch (error) {
      setProblem(format(mp.deleteFailed, { reason: error instanceof Error ? error.name : 'unknown' }));
    }
  };
  return (
    <section aria-labelledby="delete-title">
      <h2 id="delete-title">{mp.deleteTitle}</h2>
      <p>{mp.deleteExplain}</p>
      <p>{deviceSecretHome.value === 'database' ? m.deleted.leftoversWeak : m.deleted.leftovers}</p>
      {syncing && <p>{mp.deleteSynced}</p>}
      {!open ? (
        <p class="actions">
          <button type="button" class="button button-quiet" onClick={start.ask}>
            {mp.deleteStart}
          </button>
        </p>
      ) : (
        <div class="panel">
          <label class="choice">
            <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} />
            {mp.deleteConfirm}
          </label>
          <p class="actions">
            <button type="button" class="button button-danger" disabled={!understood} onClick={() => void remove()}>
              {mp.deleteYes}
            </button>
            <button
              type="button"
              class="button button-quiet"
              onClick={() => {
                setOpen(false);
                setProof(null);
              }}
            >
              {mp.deleteNo}
            </button>
          </p>
        </div>
      )}
      {!open && start.panel}
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
    </section>
  );
}
