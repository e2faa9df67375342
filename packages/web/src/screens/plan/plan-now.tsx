// The plan in a hard moment: readable in seconds. "Do this first" at the top in large type, then the steps
// in the safety plan's order, each one actionable (call or text a person with their message ready, call a
// professional, the country's crisis lines), and a button that leads down to the next step.
import { useRef, useState } from 'preact/hooks';
import { type PlanSectionId } from '@ebb/content';
import { planSections } from '../../i18n/plan-content.ts';
import { stepsToFollow } from '@ebb/core';
import { Link } from '../../components/link.tsx';
import { Screen } from '../../components/screen.tsx';
import { format } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';
import { PlanReading } from './plan-reading.tsx';
import { paths } from '../../router.ts';
import { openHelpNow } from '../../state/help-now-state.ts';
import { hasPlan, plan, planLoaded } from '../../state/plan-state.ts';
import { StepBody } from './plan-step-body.tsx';

const titleOf = (id: PlanSectionId) => planSections.find((s) => s.id === id)?.title ?? id;

export function PlanNow() {
  const [current, setCurrent] = useState(0);
  const stepHeadings = useRef<Array<HTMLHeadingElement | null>>([]);
  if (!planLoaded.value) {
    return (
      <Screen title={mp.now.title}>
        <PlanReading />
      </Screen>
    );
  }
  const p = plan.value;
  const steps = stepsToFollow(p);
  const firstStep = p.sections['first-step'];

  const goTo = (index: number) => {
    setCurrent(index);
    const heading = stepHeadings.current[index];
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  };

  return (
    <Screen title={mp.now.title}>
      {firstStep && (
        <section class="first-step" aria-labelledby="first-step-title">
          <h2 id="first-step-title">{mp.now.firstStep}</h2>
          <p class="first-step-line">{firstStep}</p>
        </section>
      )}
      {!hasPlan() && (
        <p>
          {mp.now.empty} {mp.now.buildLater}
        </p>
      )}
      <ol class="steps">
        {steps.map((id, index) => {
          const next = steps[index + 1];
          return (
            <li key={id} class={index === current ? 'step step-current' : 'step'}>
              <section aria-labelledby={`step-${id}`}>
                <h2
                  id={`step-${id}`}
                  tabIndex={-1}
                  ref={(el) => {
                    stepHeadings.current[index] = el;
                  }}
                >
                  <span class="step-number">{format(mp.now.stepLabel, { n: index + 1 })}</span> {titleOf(id)}
                </h2>
                <StepBody id={id} plan={p} />
                <p class="actions">
                  {next ? (
                    <button type="button" class="button" onClick={() => goTo(index + 1)}>
                      {format(mp.now.nextStep, { n: index + 2 })}
                    </button>
                  ) : (
                    <button type="button" class="button button-help" onClick={() => openHelpNow()}>
                      {mp.now.lastStep}
                    </button>
                  )}
                </p>
              </section>
            </li>
          );
        })}
      </ol>
      {p.sections.reasons.length > 0 && (
        <section class="reasons" aria-labelledby="reasons-title">
          <h2 id="reasons-title">{mp.now.reasons}</h2>
          <ul class="plan-items">
            {p.sections.reasons.map((r, i) => (
              <li key={i}>{r.text}</li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link class="button" href={paths.hope}>
          {mp.now.hope}
        </Link>
      </p>
      {p.sections['warning-signs'].length > 0 && (
        <details class="reason">
          <summary>{mp.now.warningSigns}</summary>
          <ul class="plan-items">
            {p.sections['warning-signs'].map((w, i) => (
              <li key={i}>{w.text}</li>
            ))}
          </ul>
        </details>
      )}
      <p>
        <Link href={paths.plan}>{mp.now.edit}</Link>
      </p>
    </Screen>
  );
}
