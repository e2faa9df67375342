// When the urge stays high, Ride it out offers the plan's next steps in the plan's order: people and places
// that distract, people who help (the person's one list of people), then professionals and crisis lines.
// Without a plan (people alone are not one), it speaks of Help now and the people the person keeps there
// instead, never of a plan they don't have. An offer,
// never a gate: the skills stay below it, and Help now is always in the header.
import { dialableNumber, sectionIsFilled } from '@ebb/core';
import { smsHref, telHref } from '../../help-now/reach-links.ts';
import { format, m } from '../../i18n/messages.ts';
import { Link } from '../../components/link.tsx';
import { ms } from '../../i18n/skills-messages.ts';
import { paths } from '../../router.ts';
import { openHelpNow } from '../../state/help-now-state.ts';
import { hasPlan, plan } from '../../state/plan-state.ts';
import { StepBody } from '../plan/plan-step-body.tsx';

export function EscalationSteps({ onReachOut }: { onReachOut: () => void }) {
  const p = plan.value;
  const planSteps = (['people-and-places', 'people-to-ask', 'professionals'] as const).filter((id) => sectionIsFilled(p, id));
  const fromPlan = hasPlan() && planSteps.length > 0;
  const titles = {
    'people-and-places': ms.escalate.distract,
    'people-to-ask': ms.escalate.ask,
    professionals: fromPlan ? ms.escalate.professionals : ms.escalate.linesNoPlan,
  };
  const steps =
    fromPlan && !planSteps.includes('professionals') ? [...planSteps, 'professionals' as const] : fromPlan ? planSteps : (['professionals'] as const);
  return (
    <section class="escalate" aria-labelledby="escalate-title">
      <h2 id="escalate-title">{ms.escalate.title}</h2>
      <p>{fromPlan ? ms.escalate.intro : ms.escalate.introNoPlan}</p>
      <ol class="steps">
        {!fromPlan && (
          <li class="step">
            <h3>{ms.escalate.someone}</h3>
            <p>{ms.escalate.someoneBody}</p>
            <TrustedPeople onReachOut={onReachOut} />
          </li>
        )}
        {steps.map((id) => (
          <li key={id} class="step">
            <h3>{titles[id]}</h3>
            <StepBody id={id} plan={p} onReachOut={onReachOut} />
          </li>
        ))}
      </ol>
      <p class="actions">
        <button type="button" class="button button-help" onClick={() => openHelpNow()}>
          {ms.escalate.openHelp}
        </button>
        {hasPlan() && (
          <Link class="button" href={paths.planNow}>
            {ms.escalate.openPlan}
          </Link>
        )}
      </p>
    </section>
  );
}

/** The person's people (kept in Help now and "Your people"), each one tap away to call or text. */
function TrustedPeople({ onReachOut }: { onReachOut: () => void }) {
  const people = plan.value.sections['people-to-ask'].flatMap((person) => {
    const number = dialableNumber(person.phone);
    return number ? [{ name: person.name, number, message: person.message }] : [];
  });
  if (people.length === 0) return null;
  return (
    <ul class="lines">
      {people.map((person, i) => (
        <li key={i} class="line">
          <h4 class="line-name">{person.name}</h4>
          <p class="actions">
            <a class="button" href={telHref(person.number)} onClick={onReachOut}>
              {format(m.helpNow.callPerson, { name: person.name })}
            </a>
            <a class="button" href={smsHref(person.number, person.message || undefined)} onClick={onReachOut}>
              {format(m.helpNow.textPerson, { name: person.name })}
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}
