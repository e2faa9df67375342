// Privacy and security: the passcode (set, change, turn off), the recovery key shown once, and when Ebb locks.
import { useState } from 'preact/hooks';
import { checkNewPasscode, type PasscodeKind, type PasscodeProblem } from '@ebb/core';
import { ChoiceGroup } from '../components/choice-group.tsx';
import { Screen } from '../components/screen.tsx';
import { DeleteEverything, KeepingData } from './privacy-storage.tsx';
import { Backups } from './privacy-backup.tsx';
import { format, m } from '../i18n/messages.ts';
import { settings, updateSettings } from '../state/settings-state.ts';
import { deviceSecretHome, lockNow, openedWithRecoveryKey, passcodeKind, removePasscode, resealedCount, setPasscode, unseenRecoveryKey } from '../state/vault-state.ts';
import { describeStorageError } from '../storage/describe-storage-error.ts';

function PasscodeForm({ onDone, onCancel }: { onDone: (recoveryKey: string) => void; onCancel: () => void }) {
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
      onDone(await setPasscode(passcode, kind));
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
          {m.privacy.problems[problem]}
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
      <h3 id="passcode-form-title">{passcodeKind.value ? m.privacy.changePasscode : m.privacy.setPasscode}</h3>
      <ChoiceGroup
        legend={m.privacy.kindLegend}
        name="passcode-kind"
        options={[
          { value: 'passphrase', label: m.privacy.kindPassphraseChoice },
          { value: 'pin', label: m.privacy.kindPinChoice },
        ]}
        value={kind}
        onChange={setKind}
      />
      {kind === 'pin' && <p class="hint">{m.privacy.passphraseAdvice}</p>}
      {input('passcode-new', m.privacy.newPasscode, passcode, setPasscodeText, problem !== 'mismatch')}
      {input('passcode-confirm', m.privacy.confirmPasscode, confirmation, setConfirmation, problem === 'mismatch')}
      {failure && <p class="problem">{failure}</p>}
      <Resealing />
      <p class="actions">
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? m.privacy.saving : m.privacy.save}
        </button>
        <button type="button" class="button button-quiet" onClick={onCancel}>
          {m.privacy.cancel}
        </button>
      </p>
    </form>
  );
}

/** While the vault key changes, how far re-sealing has come (a long history takes a few seconds). */
function Resealing() {
  const count = resealedCount.value;
  return count === null ? null : <p role="status">{format(m.privacy.resealing, { count })}</p>;
}

function RecoveryKeyPanel({ recoveryKey, replaced, onDone }: { recoveryKey: string; replaced: string | undefined; onDone: () => void }) {
  const [kept, setKept] = useState(false);
  return (
    <section class="panel recovery" aria-labelledby="recovery-title">
      <h3 id="recovery-title">{m.privacy.recoveryTitle}</h3>
      {replaced && <p>{replaced}</p>}
      <p class="recovery-key" aria-label={`${m.privacy.recoveryTitle}: ${recoveryKey.split('').join(' ')}`}>
        {recoveryKey}
      </p>
      <p>{m.privacy.recoveryExplain}</p>
      <p class="actions">
        <button type="button" class="button" onClick={() => window.print()}>
          {m.privacy.print}
        </button>
      </p>
      <label class="choice">
        <input type="checkbox" checked={kept} onChange={(e) => setKept(e.currentTarget.checked)} />
        {m.privacy.recoveryKept}
      </label>
      <p class="actions">
        <button type="button" class="button button-primary" disabled={!kept} onClick={onDone}>
          {m.privacy.done}
        </button>
      </p>
    </section>
  );
}

function LockingPreferences() {
  const { idleMinutes, whenHidden } = settings.value.autoLock;
  const label = (minutes: number | null) =>
    minutes === null ? m.privacy.idleNever : minutes === 1 ? m.privacy.idleMinute : minutes === 60 ? m.privacy.idleHour : format(m.privacy.idleMinutes, { minutes });
  return (
    <>
      <h3>{m.privacy.autoLockTitle}</h3>
      <div class="field">
        <label for="idle-minutes">{m.privacy.idleLabel}</label>
        <select
          id="idle-minutes"
          value={String(idleMinutes)}
          onChange={(e) => {
            const value = e.currentTarget.value;
            void updateSettings({ autoLock: { whenHidden, idleMinutes: value === 'null' ? null : (Number(value) as 1 | 5 | 15 | 60) } });
          }}
        >
          {([1, 5, 15, 60, null] as const).map((minutes) => (
            <option key={String(minutes)} value={String(minutes)}>
              {label(minutes)}
            </option>
          ))}
        </select>
      </div>
      <label class="choice">
        <input type="checkbox" checked={whenHidden} onChange={(e) => void updateSettings({ autoLock: { idleMinutes, whenHidden: e.currentTarget.checked } })} />
        {m.privacy.whenHidden}
      </label>
    </>
  );
}

export function Privacy() {
  const [editing, setEditing] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState<string | undefined>(unseenRecoveryKey.value);
  // Why a new recovery key is shown: a passcode change, or an older profile moved to a new key at unlock.
  const [replaced, setReplaced] = useState<string | undefined>(unseenRecoveryKey.value && m.privacy.recoveryUpgraded);
  const [confirmOff, setConfirmOff] = useState(false);
  const [status, setStatus] = useState(openedWithRecoveryKey.value ? m.lock.recovered : '');
  const kind = passcodeKind.value;

  const finished = (newRecoveryKey: string) => {
    setEditing(false);
    openedWithRecoveryKey.value = false;
    setReplaced(kind ? m.privacy.recoveryReplaced : undefined);
    setRecoveryKey(newRecoveryKey);
  };

  return (
    <Screen title={m.privacy.title}>
      <p>{m.privacy.intro}</p>
      <h2>{m.privacy.passcodeTitle}</h2>
      {deviceSecretHome.value === 'database' && <p class="hint">{m.privacy.weakErase}</p>}
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
        <PasscodeForm onDone={finished} onCancel={() => setEditing(false)} />
      ) : kind === null ? (
        <>
          <p>{m.privacy.passcodeOff}</p>
          <p class="actions">
            <button type="button" class="button button-primary" onClick={() => setEditing(true)}>
              {m.privacy.setPasscode}
            </button>
          </p>
        </>
      ) : (
        <>
          <p>{format(m.privacy.passcodeOn, { kind: kind === 'pin' ? m.privacy.kindPin : m.privacy.kindPassphrase })}</p>
          <p class="actions">
            <button type="button" class="button button-primary" onClick={lockNow}>
              {m.lock.lockNow}
            </button>
            <button type="button" class="button" onClick={() => setEditing(true)}>
              {m.privacy.changePasscode}
            </button>
            <button type="button" class="button button-quiet" onClick={() => setConfirmOff(true)}>
              {m.privacy.turnOff}
            </button>
          </p>
          {confirmOff && (
            <div class="panel" role="group" aria-label={m.privacy.turnOff}>
              <p>{m.privacy.turnOffConfirm}</p>
              <Resealing />
              <p class="actions">
                <button
                  type="button"
                  class="button"
                  onClick={() =>
                    void removePasscode().then(
                      () => {
                        setConfirmOff(false);
                        setStatus(m.privacy.turnedOff);
                      },
                      (error: unknown) => setStatus(format(m.storage.saveFailed, { reason: describeStorageError(error) })),
                    )
                  }
                >
                  {m.privacy.turnOffYes}
                </button>
                <button type="button" class="button button-quiet" onClick={() => setConfirmOff(false)}>
                  {m.privacy.turnOffNo}
                </button>
              </p>
            </div>
          )}
          <LockingPreferences />
        </>
      )}
      <p role="status" class="status">
        {status}
      </p>
      <Backups />
      <h2>{m.privacy.discreetTitle}</h2>
      <label class="choice">
        <input type="checkbox" checked={settings.value.discreet} onChange={(e) => void updateSettings({ discreet: e.currentTarget.checked })} />
        {m.privacy.discreetLabel}
      </label>
      <p class="hint">{m.privacy.discreetNote}</p>
      <KeepingData />
      <DeleteEverything />
    </Screen>
  );
}
