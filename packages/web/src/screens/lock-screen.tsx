// The lock screen: passcode (or recovery key) to open the person's space. Help now and Quick exit stay in
// the header above it, so help is never behind the lock. Wrong tries slow down; they never erase anything.
import { useState } from 'preact/hooks';
import { LockError } from '@ebb/core';
import { Screen } from '../components/screen.tsx';
import { useSecondsUntil } from '../components/use-seconds-until.ts';
import { format } from '../i18n/messages.ts';
import { mo } from '../i18n/screen-messages.ts';
import { navigate, paths } from '../router.ts';
import { passcodeKind, unlock, unlockWithRecovery, unseenRecoveryKey } from '../state/vault-state.ts';
import { appName } from '../state/settings-state.ts';

export function LockScreen() {
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [retryAt, setRetryAt] = useState(0);
  const waitSeconds = useSecondsUntil(retryAt);
  // The recovery key is never made to wait: the owner always has a way in.
  const waiting = waitSeconds > 0 && !useRecovery;
  const isPin = passcodeKind.value === 'pin';
  const label = useRecovery ? mo.lock.recoveryLabel : isPin ? mo.lock.pin : mo.lock.passphrase;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || waiting) return;
    setBusy(true);
    setProblem('');
    try {
      if (useRecovery) {
        await unlockWithRecovery(value);
        return;
      }
      const outcome = await unlock(value);
      // An older profile moved to a new key on this unlock: its new recovery key must be seen once.
      if (unseenRecoveryKey.value) navigate(paths.privacy);
      if (!outcome.ok) {
        setRetryAt(outcome.retryAt);
        setProblem(outcome.reason === 'wrong' ? mo.lock.wrong : '');
        setValue('');
      }
    } catch (error) {
      if (error instanceof LockError) setProblem(error.code === 'malformed-recovery-key' ? mo.lock.recoveryMalformed : mo.lock.recoveryWrong);
      else throw error;
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen title={format(mo.lock.title, { name: appName.value })}>
      <p>{mo.lock.intro}</p>
      <form class="panel" onSubmit={(e) => void submit(e)} noValidate>
        <div class="field">
          <label for="unlock-input">{label}</label>
          {useRecovery && (
            <p id="unlock-hint" class="hint">
              {mo.lock.recoveryHint}
            </p>
          )}
          <input
            id="unlock-input"
            type={useRecovery ? 'text' : 'password'}
            inputMode={!useRecovery && isPin ? 'numeric' : 'text'}
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            value={value}
            readOnly={busy}
            aria-describedby={[useRecovery && 'unlock-hint', problem && 'unlock-problem'].filter(Boolean).join(' ') || undefined}
            aria-invalid={problem ? 'true' : undefined}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        </div>
        <p id="unlock-problem" role="alert" class="problem">
          {problem}
          {waiting && ` ${format(mo.lock.waitSeconds, { seconds: waitSeconds })}`}
        </p>
        <p class="actions">
          <button type="submit" class="button button-primary" disabled={busy || waiting || value === ''}>
            {busy ? mo.lock.unlocking : useRecovery ? mo.lock.recoveryUnlock : mo.lock.unlock}
          </button>
        </p>
      </form>
      <p>
        <button
          type="button"
          class="button button-quiet"
          onClick={() => {
            setUseRecovery(!useRecovery);
            setValue('');
            setProblem('');
          }}
        >
          {useRecovery ? mo.lock.backToPasscode : mo.lock.forgot}
        </button>
      </p>
    </Screen>
  );
}
