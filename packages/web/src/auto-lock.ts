// Auto-lock: with a passcode set, Ebb locks after the chosen idle time and, if chosen, as soon as it is
// hidden (another app, the home screen, the phone's own lock). Help now stays available either way.
import { effect } from '@preact/signals';
import { settings } from './state/settings-state.ts';
import { lockNow, passcodeKind, vaultStatus } from './state/vault-state.ts';

const ACTIVITY = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;

export function installAutoLock(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const armed = () => vaultStatus.value === 'open' && passcodeKind.value !== null;

  const restart = () => {
    clearTimeout(timer);
    const minutes = settings.value.autoLock.idleMinutes;
    if (armed() && minutes !== null) timer = setTimeout(lockNow, minutes * 60_000);
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden' && armed() && settings.value.autoLock.whenHidden) lockNow();
  };

  for (const type of ACTIVITY) window.addEventListener(type, restart, { passive: true, capture: true });
  document.addEventListener('visibilitychange', onHidden);
  const stopEffect = effect(restart); // re-arm when unlocked, locked, or the setting changes
  return () => {
    clearTimeout(timer);
    stopEffect();
    for (const type of ACTIVITY) window.removeEventListener(type, restart, { capture: true });
    document.removeEventListener('visibilitychange', onHidden);
  };
}
