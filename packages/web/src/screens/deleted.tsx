// Shown after everything was deleted (in this tab or another): nothing is stored until the person starts again.
import { Screen } from '../components/screen.tsx';
import { m } from '../i18n/messages.ts';

export function Deleted() {
  return (
    <Screen title={m.deleted.title}>
      <p>{m.deleted.body}</p>
      <p class="actions">
        <button type="button" class="button button-primary" onClick={() => location.replace('/')}>
          {m.deleted.startAgain}
        </button>
      </p>
    </Screen>
  );
}
