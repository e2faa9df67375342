// Loads a screen's code only when it is first shown, so Home and Help now stay small however many screens
// Ebb grows. The service worker precaches every chunk, so this works offline too.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { m } from '../i18n/messages.ts';
import { NotLoaded } from './not-loaded.tsx';
import { Screen as ScreenFrame } from './screen.tsx';
import { settingsRead } from '../state/settings-state.ts';
import { vaultStatus } from '../state/vault-state.ts';
import { currentPath, paths } from '../router.ts';

/**
 * A screen waits while the vault opens and the settings are first read, so nothing is shown (or changed) from
 * defaults that the person's own data is about to replace. Home and Ride it out are not lazy and never wait.
 */
function waitingForData(): boolean {
  // A share link's viewer opens no vault (main.tsx): it reads none of the person's data.
  return currentPath.value !== paths.share && (vaultStatus.value === 'opening' || (vaultStatus.value === 'open' && !settingsRead.value));
}

export function lazyScreen(load: () => Promise<ComponentType>): ComponentType {
  let loaded: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  return function LazyScreen() {
    const [Screen, setScreen] = useState<ComponentType | undefined>(() => loaded);
    const [tries, setTries] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Screen) return;
      pending ??= load().then((component) => (loaded = component));
      let current = true;
      pending.then(
        (component) => current && setScreen(() => component),
        () => {
          // Offline before this screen was kept: say so, and let Try again fetch it afresh.
          pending = undefined;
          if (current) setFailed(true);
        },
      );
      return () => {
        current = false;
      };
    }, [Screen, tries]);
    if (failed) {
      return (
        <ScreenFrame title={m.app.notLoadedTitle}>
          <NotLoaded
            onRetry={() => {
              setFailed(false);
              setTries(tries + 1);
            }}
          />
        </ScreenFrame>
      );
    }
    if (Screen && !waitingForData()) return <Screen />;
    return (
      <p class="loading" aria-busy="true">
        {m.app.opening}
      </p>
    );
  };
}
