// When the urge stays high, Ride it out offers the plan's next steps in the plan's order: people and places
// that distract, people who help, then professionals and crisis lines. An offer, never a gate: the skills
// stay below it, and Help now is always in the header.
import { sectionIsFilled } from '@ebb/core';
import { Link } from '../../components/link.tsx';
import { ms } from '../../i18n/skills-messages.ts';
import { paths } from '../../router.ts';
import { openHelpNow } from '../../state/help-now-state.ts';
import { plan } from '../../state/plan-state.ts';
import { StepBody } from '../plan/plan-step-body.tsx';

export function EscalationSteps({ onReachOut }: { onReachOut: () => void }) {
  const p = plan.value;
  const steps = [
    { id: 'people-and-places' as const, title: ms.escalate.distract },
    { id: 'people-to-ask' as const, title: ms.escalate.ask },
    { id: 'professionals' as const, title: ms.escalate.professionals },
  ].filter((s) => s.id === 'professionals' || sectionIsFilled(p, s.id));
  return (
    <section class="escalate" aria-labelledby="escalate-title">
      <h2 id="escalate-title">{ms.escalate.title}</h2>
      <p>{ms.escalate.intro}</p>
      <ol class="steps">
        {steps.map((step) => (
          <li key={step.id} class="step">
            <h3>{step.title}</h3>
            <StepBody id={step.id} plan={p} onReachOut={onReachOut} />
          </li>
        ))}
      </ol>
      <p class="actions">
        <button type="button" class="button button-help" onClick={() => openHelpNow()}>
          {ms.escalate.openHelp}
        </button>
        <Link class="button" href={paths.planNow}>
          {ms.escalate.openPlan}
        </Link>
      </p>
    </section>
  );
}
