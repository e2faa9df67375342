// Any unknown address: say so kindly and offer the way back.
import { Link } from '../components/link.tsx';
import { Screen } from '../components/screen.tsx';
import { m } from '../i18n/messages.ts';
import { paths } from '../router.ts';

export function NotFound() {
  return (
    <Screen title={m.notFound.title}>
      <p>
        <Link href={paths.home}>{m.notFound.back}</Link>
      </p>
    </Screen>
  );
}
