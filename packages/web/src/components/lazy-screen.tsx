// Loads a screen's code only when it is first shown, so Home and Help now stay small however many screens
// Ebb grows. The service worker precaches every chunk, so this works offline too.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { m } from '../i18n/messages.ts';
import { settingsRead } from '../state/settings-state.ts';
import { vaultStatus } from '../state/vault-state.ts';

/**
 * A screen waits while the vault opens and the settings are first read, so nothing is shown (or changed) from
 * defaults that the person's own data is about to replace. Home and Ride it out are not lazy and never wait.
 */
function waitingForData(): boolean {
  return vaultStatus.value === 'opening' || (vaultStatus.value === 'open' && !settingsRead.value);
}

export function lazyScreen(load: () => Promise<ComponentType>): ComponentType {
  let loaded: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  return function LazyScreen() {
    const [Screen, setScreen] = useState<ComponentType | undefined>(() => loaded);
    useEffect(() => {
      if (Screen) return;
      pending ??= load().then((component) => (loaded = component));
      let current = true;
      void pending.then((component) => current && setScreen(() => component));
      return () => {
        current = false;
      };
    }, [Screen]);
    if (Screen && !waitingForData()) return <Screen />;
    return (
      <p class="loading" aria-busy="true">
        {m.app.opening}
      </p>
    );
  };
}
