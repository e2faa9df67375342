// The screen a pairing link opens (/pair#<code>): the code is taken from the address at once (it never stays
// in the history), what linking does is explained, and "Link this device" joins this device to the account
// and syncs; what this device already holds is kept and combined. A link that is wrong says what is wrong.
import { useEffect, useState } from 'preact/hooks';
import { parsePairingCode, toBase64Url, type PairingResult } from '@ebb/core';
import { Screen } from '../../components/screen.tsx';
import { Link } from '../../components/link.tsx';
import { format } from '../../i18n/messages.ts';
import { mdv } from '../../i18n/devices-messages.ts';
import { paths } from '../../router.ts';
import { linkAndSync } from '../../sync/background-sync.ts';
import { readSyncAccount } from '../../sync/server-account.ts';
import { describePairingError } from './describe-pairing-error.ts';
import { apiReasonInWords } from './sync-in-words.ts';

/** Reads the code in the address's fragment and takes it out of the address (and so the history) at once. */
function readFragment(): PairingResult | null {
  const fragment = location.hash.slice(1);
  if (fragment) history.replaceState(history.state, '', location.pathname + location.search);
  if (fragment === '') return null;
  try {
    return parsePairingCode(decodeURIComponent(fragment));
  } catch {
    return { ok: false, error: { kind: 'mistyped' } };
  }
}

export function PairScreen() {
  const [code, setCode] = useState(readFragment);
  // Another link opened in this tab while the screen is open changes only the fragment: read it too.
  useEffect(() => {
    const onHashChange = () => location.hash && setCode(readFragment());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const [elsewhere, setElsewhere] = useState(false);
  const [linked, setLinked] = useState(false);
  const [busy, setBusy] = useState(false);
  // Linked by pressing Link: the button pressed is gone, so focus goes to what says it worked.
  const [justLinked, setJustLinked] = useState(false);
  useEffect(() => {
    if (justLinked) document.getElementById('pair-linked')?.focus();
  }, [justLinked]);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    if (!code?.ok) return;
    const secret = toBase64Url(code.secret);
    void readSyncAccount().then(
      (account) => {
        if (account?.secret === secret && account.syncing) setLinked(true);
        else setElsewhere(account?.syncing === true);
      },
      () => undefined,
    );
  }, [code]);

  const link = async (secret: Uint8Array<ArrayBuffer>) => {
    if (busy) return;
    setBusy(true);
    setProblem('');
    try {
      await linkAndSync(secret);
      setLinked(true);
      setJustLinked(true);
    } catch (error) {
      setProblem(format(mdv.linkFailed, { reason: apiReasonInWords(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen title={mdv.pair.title}>
      {code === null ? (
        <p role="alert">{mdv.pair.missing}</p>
      ) : !code.ok ? (
        <p role="alert">{describePairingError(code.error)}</p>
      ) : linked ? (
        <p id="pair-linked" role="status" tabIndex={-1}>
          {mdv.pair.linked}
        </p>
      ) : (
        <>
          <p>{mdv.pair.intro}</p>
          <p>{mdv.pair.keep}</p>
          <p class="notice-inline">{mdv.pair.onlyYours}</p>
          {elsewhere && <p>{mdv.pair.replaces}</p>}
          <p class="hint">{mdv.pair.removed}</p>
          <p class="actions">
            <button
              type="button"
              class="button button-primary"
              aria-disabled={busy ? 'true' : undefined}
              aria-describedby="pair-problem"
              onClick={() => void link(code.secret)}
            >
              {busy ? mdv.linking : mdv.link}
            </button>
          </p>
          <p id="pair-problem" role="status" class={problem ? 'status problem' : 'status'}>
            {problem}
          </p>
        </>
      )}
      <p>
        <Link href={paths.devices}>{mdv.pair.openDevices}</Link>
      </p>
    </Screen>
  );
}
