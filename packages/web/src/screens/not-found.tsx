// Any unknown address: say so kindly and offer the way back.
import { Link } from '../components/link.tsx';
import { Screen } from '../components/screen.tsx';
import { mo } from '../i18n/screen-messages.ts';
import { paths } from '../router.ts';

export function NotFound() {
  return (
    <Screen title={mo.notFound.title}>
      <p>
        <Link href={paths.home}>{mo.notFound.back}</Link>
      </p>
    </Screen>
  );
}
