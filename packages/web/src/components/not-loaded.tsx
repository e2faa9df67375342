// Said in place of a screen whose code did not arrive (the connection dropped before Ebb was kept for offline
// use): kind words, Help now (which is already here), and Try again. Never a blank screen or a wait forever.
import { m } from '../i18n/messages.ts';
import { openHelpNow } from '../state/help-now-state.ts';

export function NotLoaded({ onRetry }: { onRetry: () => void }) {
  return (
    <div role="alert">
      <p>{m.app.notLoaded}</p>
      <p class="actions">
        <button type="button" class="button button-help" onClick={() => openHelpNow()}>
          {m.helpNow.open}
        </button>
        <button type="button" class="button" onClick={onRetry}>
          {m.app.tryAgain}
        </button>
      </p>
    </div>
  );
}
