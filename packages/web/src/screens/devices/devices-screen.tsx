// Your devices: what sync does in plain words; turning it on, or linking to a device that already syncs; and
// once on, when it last synced, Sync now, the pairing link for another device (shown only on request, with
// what it gives away), and turning sync off here, with or without deleting the copy on the server.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatPairingCode, fromBase64Url, pairingLink, parsePairingInput, type SyncAccount } from '@ebb/core';
import { Screen } from '../../components/screen.tsx';
import { useConfirmOwner } from '../../components/confirm-owner.tsx';
import { format } from '../../i18n/messages.ts';
import { mdv } from '../../i18n/devices-messages.ts';
import { withBase } from '../../i18n/base-address.ts';
import { accountGone, linkAndSync, runSync, startBackgroundSync, syncStatus, turnOffSync, turnOnSync } from '../../sync/background-sync.ts';
import { readSyncAccount } from '../../sync/server-account.ts';
import { describePairingError } from './describe-pairing-error.ts';
import { apiReasonInWords, statusInWords } from './sync-in-words.ts';

/** The app's own address: the server sync uses, and where a pairing link leads. */
const appAddress = () => new URL(withBase('/'), location.origin).href;

/** Re-renders every half minute, so "Synced 2 minutes ago" stays true while the screen is open. */
function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(tick);
  }, []);
  return now;
}

function Intro() {
  return (
    <>
      <p>{mdv.intro}</p>
      <p>{mdv.sealed}</p>
      <p class="hint">{format(mdv.server, { address: location.origin })}</p>
    </>
  );
}

function TurnOn({ onDone }: { onDone: () => void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const turnOn = async () => {
    if (busy) return;
    setBusy(true);
    setProblem('');
    try {
      await turnOnSync();
      onDone();
    } catch (error) {
      setProblem(format(mdv.turnOnFailed, { reason: apiReasonInWords(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p class="actions">
        <button
          type="button"
          class="button button-primary"
          aria-disabled={busy ? 'true' : undefined}
          aria-describedby={problem ? 'turn-on-problem' : undefined}
          onClick={() => void turnOn()}
        >
          {busy ? mdv.turningOn : mdv.turnOn}
        </button>
      </p>
      <p id="turn-on-problem" role="status" class={problem ? 'status problem' : 'status'}>
        {problem}
      </p>
    </>
  );
}

function LinkToDevice({ onDone }: { onDone: () => void }) {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const link = async () => {
    if (busy) return;
    const result = parsePairingInput(typed);
    if (!result.ok) {
      setProblem(describePairingError(result.error));
      return;
    }
    setBusy(true);
    setProblem('');
    try {
      await linkAndSync(result.secret);
      setTyped('');
      onDone();
    } catch (error) {
      setProblem(format(mdv.linkFailed, { reason: apiReasonInWords(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="link-title">
      <h2 id="link-title">{mdv.linkTitle}</h2>
      <p id="link-hint">{mdv.linkHint}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void link();
        }}
      >
        <div class="field">
          <label for="pairing-code">{mdv.codeLabel}</label>
          <input
            id="pairing-code"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            value={typed}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'link-hint pairing-problem' : 'link-hint'}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
          <p id="pairing-problem" role="status" class={problem ? 'status problem' : 'status'}>
            {problem}
          </p>
        </div>
        <p class="actions">
          <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
            {busy ? mdv.linking : mdv.link}
          </button>
        </p>
      </form>
    </section>
  );
}

function SyncNow() {
  const now = useNow();
  const status = syncStatus.value;
  const failed = status.state === 'failed';
  return (
    <section aria-labelledby="sync-status-title">
      <h2 id="sync-status-title">{mdv.status.on}</h2>
      {failed && status.lastSyncedAt !== null && <p>{statusInWords({ state: 'synced', lastSyncedAt: status.lastSyncedAt }, now)}</p>}
      <p class="actions">
        <button
          type="button"
          class="button"
          aria-disabled={status.state === 'syncing' ? 'true' : undefined}
          aria-describedby="sync-now-status"
          onClick={() => {
            if (status.state !== 'syncing') void runSync();
          }}
        >
          {mdv.syncNow}
        </button>
      </p>
      <p id="sync-now-status" role="status" tabIndex={-1} class={failed ? 'status problem' : 'status'}>
        {status.state === 'off' ? mdv.status.never : statusInWords(status, now)}
      </p>
    </section>
  );
}

function AddDevice({ account }: { account: SyncAccount }) {
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  // Showing or hiding removes the button pressed: focus goes to the link shown, or back to Show.
  const showButton = useRef<HTMLButtonElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const [moveFocus, setMoveFocus] = useState(false);
  const show = (next: boolean) => {
    setMoveFocus(true);
    setShown(next);
  };
  useEffect(() => {
    if (!moveFocus) return;
    setMoveFocus(false);
    (shown ? linkField : showButton).current?.focus();
  }, [shown, moveFocus]);
  const ask = useConfirmOwner({ id: 'confirm-pairing', title: mdv.showLink, confirmLabel: mdv.showLink }, () => show(true));
  const secret = fromBase64Url(account.secret);
  const link = pairingLink(appAddress(), secret);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section aria-labelledby="add-title">
      <h2 id="add-title">{mdv.addTitle}</h2>
      <p>{mdv.addHint}</p>
      {!shown ? (
        <>
          <p class="actions">
            <button ref={showButton} type="button" class="button" onClick={ask.ask}>
              {mdv.showLink}
            </button>
          </p>
          {ask.panel}
        </>
      ) : (
        <div class="panel">
          <p id="pairing-warning" role="note" class="notice-inline">
            {mdv.linkWarning}
          </p>
          <div class="field">
            <label for="pairing-link">{mdv.linkLabel}</label>
            <input
              ref={linkField}
              id="pairing-link"
              type="text"
              readOnly
              value={link}
              aria-describedby="pairing-warning"
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
          <p class="actions">
            <button type="button" class="button" aria-describedby="copy-status" onClick={() => void copy()}>
              {mdv.copy}
            </button>
            <button
              type="button"
              class="button button-quiet"
              onClick={() => {
                show(false);
                setCopied(null);
              }}
            >
              {mdv.hideLink}
            </button>
          </p>
          <p id="copy-status" role="status" class={copied === 'failed' ? 'status problem' : 'status'}>
            {copied === 'copied' ? mdv.copied : copied === 'failed' ? mdv.copyFailed : ''}
          </p>
          <p>{mdv.codeIntro}</p>
          <p>
            <code>{formatPairingCode(secret)}</code>
          </p>
          <p>{mdv.codeKeep}</p>
        </div>
      )}
    </section>
  );
}

function TurnOff({ onDone }: { onDone: (deleted: boolean) => void }) {
  const [alsoDelete, setAlsoDelete] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const turnOff = async () => {
    if (busy) return;
    setBusy(true);
    setProblem('');
    try {
      await turnOffSync({ deleteServerCopy: alsoDelete });
      onDone(alsoDelete);
    } catch (error) {
      setProblem(format(mdv.deleteFailed, { reason: apiReasonInWords(error) }));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="off-title">
      <h2 id="off-title">{mdv.offTitle}</h2>
      <p>{mdv.offHint}</p>
      <label class="choice">
        <input type="checkbox" checked={alsoDelete} disabled={confirming} onChange={(e) => setAlsoDelete(e.currentTarget.checked)} />
        {mdv.alsoDelete}
      </label>
      {!confirming ? (
        <p class="actions">
          <button type="button" class="button button-quiet" aria-describedby={problem ? 'turn-off-problem' : undefined} onClick={() => setConfirming(true)}>
            {mdv.turnOff}
          </button>
        </p>
      ) : (
        <div class="panel">
          <p>{alsoDelete ? mdv.confirmDelete : mdv.confirmOff}</p>
          <p class="actions">
            <button
              type="button"
              class={alsoDelete ? 'button button-danger' : 'button'}
              aria-disabled={busy ? 'true' : undefined}
              onClick={() => void turnOff()}
            >
              {mdv.confirmYes}
            </button>
            <button type="button" class="button button-quiet" onClick={() => setConfirming(false)}>
              {mdv.keep}
            </button>
          </p>
        </div>
      )}
      <p id="turn-off-problem" role="status" class={problem ? 'status problem' : 'status'}>
        {problem}
      </p>
    </section>
  );
}

export function DevicesScreen() {
  // undefined: no link to an account yet; null: still reading it.
  const [account, setAccount] = useState<SyncAccount | undefined | null>(null);
  const [said, setSaid] = useState('');
  const [reads, setReads] = useState(0);
  const readAgain = () => setReads((n) => n + 1);
  // After turning sync on or off, the controls pressed are gone: focus goes to what now says what happened,
  // once the screen shows it (the account is read again first).
  const [focusId, setFocusId] = useState('');
  useEffect(() => {
    const target = focusId ? document.getElementById(focusId) : null;
    if (!target) return;
    target.focus();
    setFocusId('');
  }, [focusId, account]);
  const state = syncStatus.value.state;
  useEffect(() => {
    let current = true;
    void readSyncAccount().then(
      (read) => current && setAccount(read),
      () => current && setAccount(undefined),
    );
    return () => {
      current = false;
    };
  }, [state, reads]);
  useEffect(() => {
    startBackgroundSync();
  }, []);
  const syncing = account?.syncing === true;
  return (
    <Screen title={mdv.title}>
      <Intro />
      {accountGone.value && (
        <p role="alert" class="notice-inline">
          {mdv.accountGone}
        </p>
      )}
      <p id="devices-said" role="status" tabIndex={-1} class="status">
        {said}
      </p>
      {account === null ? null : syncing ? (
        <>
          <SyncNow />
          <AddDevice account={account} />
          <TurnOff
            onDone={(deleted) => {
              setSaid(deleted ? mdv.turnedOffDeleted : mdv.turnedOff);
              setFocusId('devices-said');
              readAgain();
            }}
          />
        </>
      ) : (
        <>
          <h2>{mdv.status.off}</h2>
          <TurnOn
            onDone={() => {
              setSaid('');
              setFocusId('sync-now-status');
              readAgain();
            }}
          />
          <LinkToDevice
            onDone={() => {
              setSaid('');
              setFocusId('sync-now-status');
              readAgain();
            }}
          />
        </>
      )}
    </Screen>
  );
}
