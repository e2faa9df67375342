// Shown after everything was deleted (in this tab or another): nothing is stored until the person starts again.
import { Screen } from '../components/screen.tsx';
import { m } from '../i18n/messages.ts';
import { deviceSecretHome } from '../state/vault-state.ts';

export function Deleted() {
  return (
    <Screen title={m.deleted.title}>
      <p>{m.deleted.body}</p>
      {/* Said plainly, with what to do: what the browser may keep in its own files after the deletion. */}
      <p>{deviceSecretHome.value === 'database' ? m.deleted.leftoversWeak : m.deleted.leftovers}</p>
      <p class="actions">
        <button type="button" class="button button-primary" onClick={() => location.replace(import.meta.env.BASE_URL)}>
          {m.deleted.startAgain}
        </button>
      </p>
    </Screen>
  );
}
