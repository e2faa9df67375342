// A screen's frame: its heading receives focus when the screen opens, so screen-reader and keyboard users
// start at the top of the new screen, and the document title follows the screen.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { m } from '../i18n/messages.ts';
import { navigationCount } from '../router.ts';
import { appName } from '../state/settings-state.ts';

interface ScreenProps {
  title: string;
  children: ComponentChildren;
}

export function Screen({ title, children }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title === m.home.title ? appName.value : `${title} · ${appName.value}`;
    // On first load focus starts at the top as usual; after an in-app move it goes to the new heading.
    if (navigationCount > 0) heading.current?.focus({ preventScroll: true });
  }, [title, appName.value]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}
