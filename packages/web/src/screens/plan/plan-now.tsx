// The plan in a hard moment: readable in seconds. "Do this first" at the top in large type, then the steps
// in the safety plan's order, each one actionable (call or text a person with their message ready, call a
// professional, the country's crisis lines), and a button that leads down to the next step.
import { useRef, useState } from 'preact/hooks';
import { crisisHelp, planSections, type PlanSectionId } from '@ebb/content';
import { dialableNumber, stepsToFollow, type Plan } from '@ebb/core';
import { Link } from '../../components/link.tsx';
import { Screen } from '../../components/screen.tsx';
import { CrisisLines, EmergencyButtons } from '../../help-now/country-help.tsx';
import { ElsewhereHelp } from '../../help-now/help-now-dialog.tsx';
import { smsHref, telHref } from '../../help-now/reach-links.ts';
import { format } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';
import { paths } from '../../router.ts';
import { openHelpNow } from '../../state/help-now-state.ts';
import { hasPlan, plan, planLoaded } from '../../state/plan-state.ts';
import { shownCountry } from '../../state/settings-state.ts';

const titleOf = (id: PlanSectionId) => planSections.find((s) => s.id === id)?.title ?? id;

function CallButton({ phone, label }: { phone: string; label: string }) {
  const number = dialableNumber(phone);
  return number ? (
    <a class="button" href={telHref(number)}>
      {label}
    </a>
  ) : null;
}

function StepBody({ id, plan }: { id: PlanSectionId; plan: Plan }) {
  const s = plan.sections;
  switch (id) {
    case 'people-to-ask':
      return (
        <ul class="lines">
          {s['people-to-ask'].map((person, i) => {
            const number = dialableNumber(person.phone);
            return (
              <li key={i} class="line">
                <h3 class="line-name">{person.name}</h3>
                {person.message && <p class="line-about">“{person.message}”</p>}
                {number && (
                  <p class="actions">
                    <a class="button" href={telHref(number)}>
                      {format(mp.now.call, { name: person.name })}
                    </a>
                    <a class="button" href={smsHref(number, person.message || undefined)}>
                      {format(mp.now.text, { name: person.name })}
                    </a>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      );
    case 'professionals': {
      const help = crisisHelp.find((c) => c.code === shownCountry.value);
      return (
        <>
          {s.professionals.length > 0 && (
            <ul class="lines">
              {s.professionals.map((pro, i) => (
                <li key={i} class="line">
                  <h3 class="line-name">{pro.name}</h3>
                  {pro.note && <p class="line-about">{pro.note}</p>}
                  <p class="actions">
                    <CallButton phone={pro.phone} label={format(mp.now.call, { name: pro.name })} />
                    <CallButton phone={pro.outOfHours} label={format(mp.now.callOutOfHours, { name: pro.name })} />
                  </p>
                </li>
              ))}
            </ul>
          )}
          {help ? (
            <>
              <CrisisLines help={help} level={3} />
              <EmergencyButtons help={help} />
            </>
          ) : (
            <p>
              <ElsewhereHelp />
            </p>
          )}
        </>
      );
    }
    case 'on-my-own':
    case 'people-and-places':
    case 'safer-space':
      return (
        <ul class="plan-items">
          {s[id].map((item, i) => (
            <li key={i}>{item.text}</li>
          ))}
        </ul>
      );
    default:
      return null;
  }
}

export function PlanNow() {
  const [current, setCurrent] = useState(0);
  const stepHeadings = useRef<Array<HTMLHeadingElement | null>>([]);
  if (!planLoaded.value) return <Screen title={mp.now.title}>{null}</Screen>;
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
