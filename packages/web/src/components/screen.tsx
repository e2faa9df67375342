// A screen's frame: its heading receives focus when the screen opens, so screen-reader and keyboard users
// start at the top of the new screen. The document title names the screen in neutral words from a fixed map
// (neutral-page.ts), never from the heading, because the browser's history keeps every title.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { pageTitle } from '../neutral-page.ts';
import { currentPath, navigationCount } from '../router.ts';
import { discreet as discreetMode } from '../state/settings-state.ts';
import { vaultStatus } from '../state/vault-state.ts';

interface ScreenProps {
  title: string;
  children: ComponentChildren;
}

export function Screen({ title, children }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const status = vaultStatus.value;
  const path = currentPath.value;
  const discreet = discreetMode.value;
  useEffect(() => {
    document.title = pageTitle({ path, discreet, showing: status === 'locked' ? 'locked' : status === 'closed' ? 'deleted' : 'screen' });
  }, [path, status, discreet]);
  useEffect(() => {
    // On first load focus starts at the top as usual; after an in-app move it goes to the new heading.
    if (navigationCount > 0) heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}
