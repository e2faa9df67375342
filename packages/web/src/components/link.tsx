// An in-app link: a real <a href> (works without JS, middle-click, copy link), routed in place when clicked.
import type { ComponentChildren } from 'preact';
import { navigate } from '../router.ts';
import { withBase } from '../i18n/base-address.ts';

interface LinkProps {
  href: string;
  class?: string;
  children: ComponentChildren;
  /** The accessible name, when it says more than the text shown (which it must begin with). */
  label?: string;
  /** Runs before an in-app move, e.g. to close the panel the link sits in. */
  onNavigate?: () => void;
}

export function Link({ href, class: className, children, label, onNavigate }: LinkProps) {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onNavigate?.();
    navigate(href);
  };
  return (
    <a href={withBase(href)} class={className} aria-label={label} onClick={onClick}>
      {children}
    </a>
  );
}
