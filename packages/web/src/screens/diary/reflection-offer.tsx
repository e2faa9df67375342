// The gentle offer to look back at a slip, shown on the check-in and progress screens once it is calm to do
// so (a day later, or after a low-urge check-in). Never shown in Ride it out.
import { useEffect, useState } from 'preact/hooks';
import { Link } from '../../components/link.tsx';
import { format } from '../../i18n/messages.ts';
import { md } from '../../i18n/diary-messages.ts';
import { reflectPath } from '../../router.ts';
import type { History } from '../../state/diary-state.ts';
import { slipsAwaitingReflection, type SlipAwaiting } from '../../state/reflection-state.ts';
import { longDate } from './check-in.tsx';

export function ReflectionOffer({ refresh = 0, history }: { refresh?: number; history?: History }) {
  const [waiting, setWaiting] = useState<SlipAwaiting[]>([]);
  useEffect(() => void slipsAwaitingReflection(Date.now(), history).then(setWaiting, () => undefined), [refresh, history]);
  const first = waiting[0];
  if (!first) return null;
  const date = longDate(first.day);
  return (
    <section class="notice-inline" aria-labelledby="reflect-offer-title">
      <h2 id="reflect-offer-title">{md.reflect.offerTitle}</h2>
      <p>{format(md.reflect.offer, { date })}</p>
      <p>
        <Link class="button" href={reflectPath(first.slip.id)}>
          {format(md.reflect.start, { date })}
        </Link>
      </p>
    </section>
  );
}
