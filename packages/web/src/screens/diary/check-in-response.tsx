// What the diary card says back to a worrying answer, as soon as it is given (docs/clinical-rules.md, rules 17 and 18): a
// "yes" to self-harm is met with a kind question about being hurt and medical help; a strong urge or strong
// thoughts of suicide with Ride it out, the plan (or the person's people when there is no plan) and Help
// now. Support only: never a score, a label or a colour that grades the answer.
import { respondToCard, STRONG_ANSWER, type CardAnswers } from '@ebb/core';
import { Link } from '../../components/link.tsx';
import { md } from '../../i18n/diary-messages.ts';
import { paths } from '../../router.ts';
import { openHelpNow } from '../../state/help-now-state.ts';
import { hasPlan, planLoaded } from '../../state/plan-state.ts';

const C = md.checkIn;

export function CheckInResponse({ card }: { card: CardAnswers }) {
  const { askIfHurt, offerSupport } = respondToCard(card);
  if (!askIfHurt && !offerSupport) return null;
  const thoughtsStrong = card.suicidalThoughts !== null && card.suicidalThoughts >= STRONG_ANSWER;
  const helpNow = (
    <button key="help" type="button" class="button button-help" onClick={() => openHelpNow()}>
      {C.openHelpNow}
    </button>
  );
  const ride = (
    <Link key="ride" class="button" href={paths.ride}>
      {C.rideItOut}
    </Link>
  );
  const planOrPeople =
    planLoaded.value && hasPlan() ? (
      <Link key="plan" class="button" href={paths.planNow}>
        {C.usePlan}
      </Link>
    ) : (
      <Link key="people" class="button" href={paths.contacts}>
        {C.yourPeople}
      </Link>
    );
  return (
    <div class="answer-response">
      {askIfHurt && (
        <div class="notice-inline">
          <p role="status">
            {C.actedNote} {C.hurtQuestion}
          </p>
          <p class="actions">
            <button type="button" class="button button-help" onClick={() => openHelpNow('hurt')}>
              {C.medicalHelp}
            </button>
          </p>
        </div>
      )}
      {offerSupport && (
        <section class="notice-inline" aria-labelledby="answer-support-title">
          <h2 id="answer-support-title">{C.supportTitle}</h2>
          <p role="status">{thoughtsStrong ? C.thoughtsSupport : C.urgeSupport}</p>
          {/* With thoughts of suicide, the lines come first; with an urge, riding it out does. */}
          <p class="actions">{thoughtsStrong ? [helpNow, planOrPeople, ride] : [ride, planOrPeople, helpNow]}</p>
        </section>
      )}
    </div>
  );
}
