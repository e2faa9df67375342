// Privacy and security: the passcode (set, change, turn off), the recovery key shown once, and when Ebb locks.
import { useState } from 'preact/hooks';
import { checkNewPasscode, type PasscodeKind, type PasscodeProblem } from '@ebb/core';
import { ChoiceGroup } from '../components/choice-group.tsx';
import { useConfirmOwner } from '../components/confirm-owner.tsx';
import { describedByFailure, SaveNote } from '../components/save-note.tsx';
import { Screen } from '../components/screen.tsx';
import { Link } from '../components/link.tsx';
import { paths } from '../router.ts';
import { useSave } from '../components/use-save.ts';
import { DeleteEverything, KeepingData } from './privacy-storage.tsx';
import { Backups } from './privacy-backup.tsx';
import { mli } from '../i18n/links-messages.ts';
import { format, m, plural } from '../i18n/messages.ts';
import { mo } from '../i18n/screen-messages.ts';
import { ml } from '../i18n/loading-messages.ts';
import { mp } from '../i18n/privacy-messages.ts';
import { settings, updateSettings } from '../state/settings-state.ts';
import {
  deviceSecretHome,
  lockNow,
  openedWithRecoveryKey,
  passcodeKind,
  removePasscode,
  resealedCount,
  setPasscode,
  unseenRecoveryKey,
} from '../state/vault-state.ts';
import { describeStorageError } from '../state/describe-storage-error.ts';
import { mr } from '../i18n/reauth-messages.ts';
import type { OwnerProof } from '../state/owner-proof.ts';

function PasscodeForm({ proof, onDone, onCancel }: { proof: OwnerProof | null; onDone: (recoveryKey: string) => void; onCancel: () => void }) {
  const [kind, setKind] = useState<PasscodeKind>('passphrase');
  const [passcode, setPasscodeText] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<PasscodeProblem | undefined>();
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = checkNewPasscode(kind, passcode, confirmation);
    setProblem(found);
    if (found) {
      document.getElementById(found === 'mismatch' ? 'passcode-confirm' : 'passcode-new')?.focus();
      return;
    }
    setBusy(true);
    try {
      onDone(await setPasscode(passcode, kind, proof));
    } catch (error) {
      setFailure(format(m.storage.saveFailed, { reason: describeStorageError(error) }));
    } finally {
      setBusy(false);
    }
  };

  const input = (id: string, label: string, value: string, set: (v: string) => void, showProblem: boolean) => (
    <div class="field">
      <label for={id}>{label}</label>
      {showProblem && problem && (
        <p id={`${id}-problem`} class="problem">
          {mp.problems[problem]}
        </p>
      )}
      <input
        id={id}
        type="password"
        inputMode={kind === 'pin' ? 'numeric' : 'text'}
        autocomplete="new-password"
        value={value}
        aria-invalid={showProblem && problem ? 'true' : undefined}
        aria-describedby={showProblem && problem ? `${id}-problem` : undefined}
        onInput={(e) => set(e.currentTarget.value)}
      />
    </div>
  );

  return (
    <form class="panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="passcode-form-title">
      <h3 id="passcode-form-title">{passcodeKind.value ? mp.changePasscode : mp.setPasscode}</h3>
      <ChoiceGroup
        legend={mp.kindLegend}
        name="passcode-kind"
        options={[
          { value: 'passphrase', label: mp.kindPassphraseChoice },
          { value: 'pin', label: mp.kindPinChoice },
        ]}
        value={kind}
        onChange={setKind}
      />
      {kind === 'pin' && <p class="hint">{mp.passphraseAdvice}</p>}
      {input('passcode-new', mp.newPasscode, passcode, setPasscodeText, problem !== 'mismatch')}
      {input('passcode-confirm', mp.confirmPasscode, confirmation, setConfirmation, problem === 'mismatch')}
      {failure && <p class="problem">{failure}</p>}
      <Resealing />
      <p class="actions">
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? mp.saving : mp.save}
        </button>
        <button type="button" class="button button-quiet" onClick={onCancel}>
          {mp.cancel}
        </button>
      </p>
    </form>
  );
}

/** While the vault key changes, how far re-sealing has come (a long history takes a few seconds). */
function Resealing() {
  const count = resealedCount.value;
  return count === null ? null : <p role="status">{format(mp.resealing, { count })}</p>;
}

function RecoveryKeyPanel({ recoveryKey, replaced, onDone }: { recoveryKey: string; replaced: string | undefined; onDone: () => void }) {
  const [kept, setKept] = useState(false);
  return (
    <section class="panel recovery" aria-labelledby="recovery-title">
      <h3 id="recovery-title">{mp.recoveryTitle}</h3>
      {replaced && <p>{replaced}</p>}
      <p class="recovery-key" aria-label={`${mp.recoveryTitle}${m.app.colon}${recoveryKey.split('').join(' ')}`}>
        {recoveryKey}
      </p>
      <p>{mp.recoveryExplain}</p>
      <p class="actions">
        <button type="button" class="button" onClick={() => window.print()}>
          {mp.print}
        </button>
      </p>
      <label class="choice">
        <input type="checkbox" checked={kept} onChange={(e) => setKept(e.currentTarget.checked)} />
        {mp.recoveryKept}
      </label>
      <p class="actions">
        <button type="button" class="button button-primary" disabled={!kept} onClick={onDone}>
          {mp.done}
        </button>
      </p>
    </section>
  );
}

function LockingPreferences() {
  const { idleMinutes, whenHidden } = settings.value.autoLock;
  const idleSaving = useSave();
  const hiddenSaving = useSave();
  const label = (minutes: number | null) =>
    minutes === null ? mp.idleNever : minutes === 60 ? mp.idleHour : plural(minutes, { one: mp.idleMinute, other: mp.idleMinutes }, { minutes });
  return (
    <>
      <h3>{mp.autoLockTitle}</h3>
      <div class="field">
        <label for="idle-minutes">{mp.idleLabel}</label>
        <select
          id="idle-minutes"
          value={String(idleMinutes)}
          aria-describedby={describedByFailure(idleSaving, 'idle-minutes-saving')}
          onChange={(e) => {
            const value = e.currentTarget.value;
            const minutes = value === 'null' ? null : (Number(value) as 1 | 5 | 15 | 60);
            void idleSaving.save(() => updateSettings({ autoLock: { ...settings.value.autoLock, idleMinutes: minutes } }));
          }}
        >
          {([1, 5, 15, 60, null] as const).map((minutes) => (
            <option key={String(minutes)} value={String(minutes)}>
              {label(minutes)}
            </option>
          ))}
        </select>
        <SaveNote id="idle-minutes-saving" saving={idleSaving} failed={ml.notKept} />
      </div>
      <label class="choice">
        <input
          type="checkbox"
          checked={whenHidden}
          aria-describedby={describedByFailure(hiddenSaving, 'when-hidden-saving')}
          onChange={(e) => {
            const hidden = e.currentTarget.checked;
            void hiddenSaving.save(() => updateSettings({ autoLock: { ...settings.value.autoLock, whenHidden: hidden } }));
          }}
        />
        {mp.whenHidden}
      </label>
      <SaveNote id="when-hidden-saving" saving={hiddenSaving} failed={ml.notKept} />
    </>
  );
}

/** Discreet mode: on at once; if it can't be saved, the note says it lasts only until Ebb is closed. */
function DiscreetChoice() {
  const saving = useSave();
  return (
    <>
      <h2>{mp.discreetTitle}</h2>
      <label class="choice">
        <input
          type="checkbox"
          checked={settings.value.discreet}
          aria-describedby={describedByFailure(saving, 'discreet-saving')}
          onChange={(e) => {
            const discreet = e.currentTarget.checked;
            void saving.save(() => updateSettings({ discreet }));
          }}
        />
        {mp.discreetLabel}
      </label>
      <SaveNote id="discreet-saving" saving={saving} failed={ml.notKept} />
      <p class="hint">{mp.discreetNote}</p>
    </>
  );
}

export function Privacy() {
  const [editing, setEditing] = useState(false);
  // With a passcode, changing it needs the current one first: the confirmed proof goes with the new one.
  const [proof, setProof] = useState<OwnerProof | null>(null);
  const [recoveryKey, setRecoveryKey] = useState<string | undefined>(unseenRecoveryKey.value);
  // Why a new recovery key is shown: a passcode change, or an older profile moved to a new key at unlock.
  const [replaced, setReplaced] = useState<string | undefined>(unseenRecoveryKey.value && mp.recoveryUpgraded);
  const [status, setStatus] = useState(openedWithRecoveryKey.value ? mo.lock.recovered : '');
  const kind = passcodeKind.value;
  const change = useConfirmOwner({ id: 'confirm-change', title: mp.changePasscode, confirmLabel: mr.continue }, (confirmed) => {
    setProof(confirmed);
    setEditing(true);
  });
  const turnOff = useConfirmOwner(
    { id: 'confirm-off', title: mp.turnOff, explain: mp.turnOffConfirm, confirmLabel: mp.turnOffYes, cancelLabel: mp.turnOffNo },
    (confirmed) =>
      void removePasscode(confirmed).then(
        () => setStatus(mp.turnedOff),
        (error: unknown) => setStatus(format(m.storage.saveFailed, { reason: describeStorageError(error) })),
      ),
  );

  const finished = (newRecoveryKey: string) => {
    setEditing(false);
    setProof(null);
    openedWithRecoveryKey.value = false;
    setReplaced(kind ? mp.recoveryReplaced : undefined);
    setRecoveryKey(newRecoveryKey);
  };

  return (
    <Screen title={mp.title}>
      <p>{mp.intro}</p>
      <h2>{mp.passcodeTitle}</h2>
      {deviceSecretHome.value === 'database' && <p class="hint">{mp.weakErase}</p>}
      {recoveryKey ? (
        <RecoveryKeyPanel
          recoveryKey={recoveryKey}
          replaced={replaced}
          onDone={() => {
            unseenRecoveryKey.value = undefined;
            setRecoveryKey(undefined);
          }}
        />
      ) : editing ? (
        <PasscodeForm
          proof={proof}
          onDone={finished}
          onCancel={() => {
            setEditing(false);
            setProof(null);
          }}
        />
      ) : kind === null ? (
        <>
          <p>{mp.passcodeOff}</p>
          <p class="actions">
            <button type="button" class="button button-primary" onClick={() => setEditing(true)}>
              {mp.setPasscode}
            </button>
          </p>
        </>
      ) : (
        <>
          <p>{format(mp.passcodeOn, { kind: kind === 'pin' ? mp.kindPin : mp.kindPassphrase })}</p>
          <p class="actions">
            <button type="button" class="button button-primary" onClick={lockNow}>
              {mo.lock.lockNow}
            </button>
            <button type="button" class="button" onClick={change.ask}>
              {mp.changePasscode}
            </button>
            <button type="button" class="button button-quiet" onClick={turnOff.ask}>
              {mp.turnOff}
            </button>
          </p>
          {change.panel}
          {turnOff.panel}
          <LockingPreferences />
        </>
      )}
      <p role="status" class="status">
        {/* Turning the passcode off re-seals everything: its progress, then its outcome, are said here. */}
        {!editing && resealedCount.value !== null ? format(mp.resealing, { count: resealedCount.value }) : status}
      </p>
      <Backups />
      <section aria-labelledby="sync-title">
        <h2 id="sync-title">{mp.syncTitle}</h2>
        <p>{mp.syncIntro}</p>
        <p>
          <Link href={paths.devices}>{mp.syncLink}</Link>
        </p>
        <p>
          <Link href={paths.links}>{mli.reach}</Link>
        </p>
      </section>
      <DiscreetChoice />
      <KeepingData />
      <DeleteEverything />
    </Screen>
  );
}
