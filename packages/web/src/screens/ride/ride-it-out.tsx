// Ride it out, the first step: in the first bundle, so it is on screen at once (benchmark P5). The plan's
// "do this first" line, then one tap to rate the urge (or skip). The rest of the flow loads meanwhile.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Screen } from '../../components/screen.tsx';
import { NotLoaded } from '../../components/not-loaded.tsx';
import { RatingButtons } from '../../components/rating-buttons.tsx';
import { m } from '../../i18n/messages.ts';
import { navigate, paths } from '../../router.ts';
import { openHelpNow } from '../../state/help-now-state.ts';
import { plan } from '../../state/plan-state.ts';

export interface RideFlowProps {
  startedAt: number;
  firstRating: number | null;
}

const loadFlow = () => import('./ride-flow.tsx').then((module) => module.RideFlow);
let Flow: ComponentType<RideFlowProps> | undefined;

/**
 * Straight to the medical help of Help now, without judgement, over the slip screen. Nothing is recorded:
 * the person notes it there only if they choose to (docs/clinical-rules.md, rule 20).
 */
export function alreadyHurt(): void {
  openHelpNow('hurt');
  navigate(paths.slip);
}

export function FirstStepLine() {
  const line = plan.value.sections['first-step'];
  if (!line) return null;
  return (
    <section class="first-step" aria-labelledby="ride-first-step">
      <h2 id="ride-first-step">{m.ride.firstStep}</h2>
      <p class="first-step-line">{line}</p>
    </section>
  );
}

function HurtButton() {
  return (
    <p>
      <button type="button" class="button" onClick={alreadyHurt}>
        {m.ride.alreadyHurt}
      </button>
    </p>
  );
}

export function RideItOut() {
  const [startedAt] = useState(() => Date.now());
  const [firstRating, setFirstRating] = useState<number | null | undefined>(undefined);
  const [, setLoaded] = useState(Flow !== undefined);
  const [tries, setTries] = useState(0);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (Flow) return;
    let current = true;
    loadFlow().then(
      (component) => {
        Flow = component;
        if (current) setLoaded(true);
      },
      // Offline before the rest of the flow was kept: said in place of "Just a moment…" once it is needed.
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [tries]);

  if (firstRating !== undefined && Flow) return <Flow startedAt={startedAt} firstRating={firstRating} />;
  // Answered before the rest of the flow has loaded (rare: it loads while the person reads): say so, and
  // take the question away so it cannot be answered twice.
  if (firstRating !== undefined) {
    return (
      <Screen title={m.ride.title}>
        <FirstStepLine />
        {failed ? (
          <NotLoaded
            onRetry={() => {
              setFailed(false);
              setTries(tries + 1);
            }}
          />
        ) : (
          <p role="status">{m.ride.loading}</p>
        )}
        <HurtButton />
      </Screen>
    );
  }

  return (
    <Screen title={m.ride.title}>
      <FirstStepLine />
      <RatingButtons id="urge-start" question={m.ride.rateQuestion} hint={m.ride.rateHint} value={firstRating} onPick={setFirstRating} />
      <p class="actions">
        <button type="button" class="button button-quiet" onClick={() => setFirstRating(null)}>
          {m.ride.skip}
        </button>
      </p>
      <HurtButton />
    </Screen>
  );
}
