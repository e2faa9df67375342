// Loads a screen's code only when it is first shown, so Home and Help now stay small however many screens
// Ebb grows. The service worker precaches every chunk, so this works offline too.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

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
    return Screen ? <Screen /> : null;
  };
}
