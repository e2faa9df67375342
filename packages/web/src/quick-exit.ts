// Quick exit: leave Ebb at once for a neutral page. The screen is cleared first so nothing of Ebb shows
// in the app switcher or a restored page, and the current history entry is replaced, not added to.
export const QUICK_EXIT_URL = 'https://www.google.com/';

/** Two presses of Escape within this time leave Ebb. */
const DOUBLE_ESCAPE_MS = 800;

export function quickExit(): void {
  // A page being read aloud goes quiet at once, even if the neutral page is slow to come or never does.
  window.speechSynthesis?.cancel();
  document.title = 'New tab';
  document.body.replaceChildren();
  location.replace(QUICK_EXIT_URL);
}

export function installQuickExitShortcut(target: Window = window, now: () => number = () => performance.now()): () => void {
  let lastEscape = -Infinity;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.repeat) return;
    // Esc in an open dialog (Help now) only closes that dialog: it never counts towards leaving Ebb, so
    // closing Help now and pressing Esc once more does not leave by surprise.
    if (target.document.querySelector('dialog[open]')) {
      lastEscape = -Infinity;
      return;
    }
    const time = now();
    if (time - lastEscape <= DOUBLE_ESCAPE_MS) quickExit();
    lastEscape = time;
  };
  target.addEventListener('keydown', onKey, { capture: true });
  return () => target.removeEventListener('keydown', onKey, { capture: true });
}
