// Keeps the header's height in the page's --top-height, so the scroll padding under the sticky header
// (styles.css) matches it at every text size, zoom and width: nothing focused is ever hidden under it.
let watching: ResizeObserver | undefined;

/** A ref for the header: watches its height while it is on the page. */
export function trackTopHeight(top: HTMLElement | null): void {
  watching?.disconnect();
  watching = undefined;
  if (!top) return;
  watching = new ResizeObserver(() => document.documentElement.style.setProperty('--top-height', `${top.offsetHeight}px`));
  watching.observe(top);
}
