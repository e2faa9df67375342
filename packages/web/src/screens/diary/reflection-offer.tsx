// The gentle offer to look back at a slip, on the check-in and progress screens, only once the latest signal
// is calm (a calm check-in or re-rating after the slip). Until then, a small "I feel settled now" lets the
// person say so themselves. Never shown in Ride it out, nor beside a worrying answer on the check-in.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Link } from '../../components/link.tsx';
import { format } from '../../i18n/messages.ts';
import { md } from '../../i18n/diary-messages.ts';
import { reflectPath } from '../../router.ts';
import type { History } from '../../state/diary-state.ts';
import { saySettled, waitingLookBack, type LookBack } from '../../state/look-back-state.ts';
import { describeStorageError } from '../../state/describe-storage-error.ts';
import { longDate } from './check-in.tsx';

export function ReflectionOffer({ refresh = 0, history }: { refresh?: number; history?: History }) {
  const [lookBack, setLookBack] = useState<LookBack | undefined>(undefined);
  const [problem, setProblem] = useState('');
  const [justSettled, setJustSettled] = useState(false);
  const section = useRef<HTMLElement>(null);
  useEffect(() => void waitingLookBack(history).then(setLookBack, () => undefined), [refresh, history]);
  // The settled button gives way to the offer: focus follows, so it is not lost.
  useEffect(() => {
    if (justSettled) section.current?.querySelector('a')?.focus();
  }, [justSettled]);
  if (!lookBack) return null;
  const date = longDate(lookBack.day);

  const settle = async () => {
    try {
      await saySettled(Date.now());
      setProblem('');
      setLookBack({ ...lookBack, offered: true });
      setJustSettled(true);
    } catch (error) {
      setProblem(format(md.saveFailed, { reason: describeStorageError(error) }));
    }
  };

  return (
    <section ref={section} class="notice-inline" aria-labelledby="reflect-offer-title">
      <h2 id="reflect-offer-title">{md.reflect.offerTitle}</h2>
      {lookBack.offered ? (
        <>
          <p>{format(md.reflect.offer, { date })}</p>
          <p>
            <Link class="button" href={reflectPath(lookBack.slip.id)}>
              {format(md.reflect.start, { date })}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>{md.reflect.settledIntro}</p>
          <p>
            <button type="button" class="button button-quiet" onClick={() => void settle()}>
              {md.reflect.settled}
            </button>
          </p>
          <p role="status" class="status">
            {problem}
          </p>
        </>
      )}
    </section>
  );
}
