// When the urge stays high, Ride it out offers the plan's next steps in the plan's order: people and places
// that distract, people who help (the person's one list of people), then professionals and crisis lines.
// Without those steps in a plan, it speaks of Help now and someone the person trusts instead, never of a
// plan they don't have. An offer,
// never a gate: the skills stay below it, and Help now is always in the header.
import { sectionIsFilled } from '@ebb/core';
import { Link } from '../../components/link.tsx';
import { ms } from '../../i18n/skills-messages.ts';
import { paths } from '../../router.ts';
import { openHelpNow } from '../../state/help-now-state.ts';
import { hasPlan, plan } from '../../state/plan-state.ts';
import { StepBody } from '../plan/plan-step-body.tsx';

export function EscalationSteps({ onReachOut }: { onReachOut: () => void }) {
  const p = plan.value;
  const planSteps = (['people-and-places', 'people-to-ask', 'professionals'] as const).filter((id) => sectionIsFilled(p, id));
  const fromPlan = planSteps.length > 0;
  const titles = { 'people-and-places': ms.escalate.distract, 'people-to-ask': ms.escalate.ask, professionals: fromPlan ? ms.escalate.professionals : ms.escalate.linesNoPlan };
  const steps = fromPlan && !planSteps.includes('professionals') ? [...planSteps, 'professionals' as const] : fromPlan ? planSteps : (['professionals'] as const);
  return (
    <section class="escalate" aria-labelledby="escalate-title">
      <h2 id="escalate-title">{ms.escalate.title}</h2>
      <p>{fromPlan ? ms.escalate.intro : ms.escalate.introNoPlan}</p>
      <ol class="steps">
        {!fromPlan && (
          <li class="step">
            <h3>{ms.escalate.someone}</h3>
            <p>{ms.escalate.someoneBody}</p>
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
