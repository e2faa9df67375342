// One step of the plan, made actionable: a person to call or text with their message ready, a professional
// and their out-of-hours line, the country's crisis lines. Used by the plan in a hard moment and by Ride it
// out when it offers the plan's next steps.
import { type PlanSectionId } from '@ebb/content';
import { crisisHelp } from '../../i18n/crisis-help-content.ts';
import { skills } from '../../i18n/skills-content.ts';
import { Link } from '../../components/link.tsx';
import { paths, skillPath } from '../../router.ts';
import { dialableNumber, mentionsSkill, type Plan } from '@ebb/core';
import { CrisisLines, EmergencyButtons } from '../../help-now/country-help.tsx';
import { ElsewhereHelp } from '../../help-now/help-now-dialog.tsx';
import { LocalEmergencyButtons } from '../../help-now/local-emergency-buttons.tsx';
import { smsHref, telHref } from '../../help-now/reach-links.ts';
import { format } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';
import { shownCountry } from '../../state/settings-state.ts';

function CallButton({ phone, label }: { phone: string; label: string }) {
  const number = dialableNumber(phone);
  return number ? (
    <a class="button" href={telHref(number)}>
      {label}
    </a>
  ) : null;
}

/** The library skill a coping item of the plan points to, by the skill's keywords. */
const skillFor = (text: string) => skills.find((skill) => mentionsSkill(text, skill.keywords));

export function StepBody({ id, plan, onReachOut }: { id: PlanSectionId; plan: Plan; onReachOut?: () => void }) {
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
                {person.note && <p class="line-meta">{person.note}</p>}
                {person.message && <p class="line-about">“{person.message}”</p>}
                {number && (
                  <p class="actions">
                    <a class="button" href={telHref(number)} onClick={onReachOut}>
                      {format(mp.now.call, { name: person.name })}
                    </a>
                    <a class="button" href={smsHref(number, person.message || undefined)} onClick={onReachOut}>
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
            <>
              <LocalEmergencyButtons />
              <p>
                <ElsewhereHelp />
              </p>
            </>
          )}
        </>
      );
    }
    case 'on-my-own':
      return (
        <>
          <ul class="plan-items">
            {s['on-my-own'].map((item, i) => {
              const skill = skillFor(item.text);
              return (
                <li key={i}>
                  {item.text}
                  {skill && (
                    <>
                      {' '}
                      <Link href={skillPath(skill.id)}>{format(mp.now.openSkill, { name: skill.name })}</Link>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          <p>
            <Link class="button" href={paths.ride}>
              {mp.now.rideItOut}
            </Link>
          </p>
        </>
      );
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
