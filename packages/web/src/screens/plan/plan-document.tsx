// The whole plan as a document: every part that has something in it, in order, with numbers written out.
// Used for printing (and saving as PDF) and for looking at an earlier version.
import { type CountryHelp, type PlanSectionId } from '@ebb/content';
import { crisisHelp } from '../../i18n/crisis-help-content.ts';
import { planSections } from '../../i18n/plan-content.ts';
import { languagesToSay, sectionIsFilled, type Plan } from '@ebb/core';
import { reachLabel } from '../../help-now/country-help.tsx';
import { answersInNote, pressNote } from '../../help-now/language-names.ts';
import { language } from '../../i18n/language.ts';
import { format, m } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';
import { emergencyLine } from './emergency-line.ts';

interface PlanDocumentProps {
  plan: Plan;
  headingLevel: 2 | 3;
  /** The country whose crisis lines to write out (printing); none when looking at a version. */
  country?: string;
}

function SectionBody({ plan, id }: { plan: Plan; id: PlanSectionId }) {
  const s = plan.sections;
  switch (id) {
    case 'first-step':
      return <p class="first-step-line">{s['first-step']}</p>;
    case 'people-to-ask':
      return (
        <ul>
          {s['people-to-ask'].map((p, i) => (
            <li key={i}>
              <strong>{p.name}</strong>
              {p.phone && <>, {p.phone}</>}
              {p.message && <> · {format(mp.print.message, { message: p.message })}</>}
            </li>
          ))}
        </ul>
      );
    case 'professionals':
      return (
        <ul>
          {s.professionals.map((p, i) => (
            <li key={i}>
              <strong>{p.name}</strong>
              {p.phone && <>, {format(mp.print.phone, { number: p.phone })}</>}
              {p.outOfHours && <>, {format(mp.print.outOfHours, { number: p.outOfHours })}</>}
              {p.note && <> · {p.note}</>}
            </li>
          ))}
        </ul>
      );
    case 'triggers':
      return (
        <ul>
          {s.triggers.map((t, i) => (
            <li key={i}>
              {mp.section.triggerKinds[t.kind]}
              {m.app.colon}
              {t.text}
            </li>
          ))}
        </ul>
      );
    case 'what-it-does':
      return (
        <ul>
          {s['what-it-does'].map((n, i) => (
            <li key={i}>
              {n.need}
              {n.otherWays && <> · {format(mp.now.otherWays, { ways: n.otherWays })}</>}
            </li>
          ))}
        </ul>
      );
    default:
      return (
        <ul>
          {s[id].map((item, i) => (
            <li key={i}>{item.text}</li>
          ))}
        </ul>
      );
  }
}

export function PlanDocument({ plan, headingLevel, country }: PlanDocumentProps) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const help = country ? crisisHelp.find((c) => c.code === country) : undefined;
  // "Do this first" leads the document, as it does in a hard moment.
  const ordered = [...planSections.filter((s) => s.id === 'first-step'), ...planSections.filter((s) => s.id !== 'first-step')];
  return (
    <div class="plan-document">
      {ordered
        .filter((section) => sectionIsFilled(plan, section.id))
        .map((section) => (
          <section key={section.id} class="plan-document-part">
            <H>{section.title}</H>
            <SectionBody plan={plan} id={section.id} />
            {section.id === 'professionals' && help && <CrisisNumbers help={help} />}
          </section>
        ))}
      {!sectionIsFilled(plan, 'professionals') && help && (
        <section class="plan-document-part">
          <H>{mp.print.crisisLines}</H>
          <CrisisNumbers help={help} />
        </section>
      )}
      {plan.likelihood !== null && <p>{format(mp.print.likelihood, { value: plan.likelihood })}</p>}
      {plan.barriers.length > 0 && (
        <section class="plan-document-part">
          <H>{mp.print.barriers}</H>
          <ul>
            {plan.barriers.map((b, i) => (
              <li key={i}>
                {b.barrier}
                {b.idea && <> · {b.idea}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function CrisisNumbers({ help }: { help: CountryHelp }) {
  return (
    <ul>
      <CrisisNumberItems help={help} withHours />
    </ul>
  );
}

/** The country's lines with their numbers written out, for paper (the printed plan and the support card).
 *  `inCountry`: the emergency number says its country, for a card a supporter may read somewhere else. */
export function CrisisNumberItems({ help, withHours = false, inCountry = false }: { help: CountryHelp; withHours?: boolean; inCountry?: boolean }) {
  return (
    <>
      {help.lines.map((line) => {
        const ways = line.reach.filter((r) => r.kind !== 'chat');
        // Paper says what Help now says beside the name and the buttons: the line's languages and any menu key.
        const spoken = languagesToSay(line.id, language);
        const notes = [spoken && answersInNote(spoken), ...ways.map((r) => pressNote(r, language))].filter(Boolean).join(' ');
        return (
          <li key={line.id}>
            <strong>{line.name}</strong>
            {m.app.colon}
            {ways.map(reachLabel).join(' · ')}
            {withHours && ` (${line.hours})`}
            {notes && `. ${notes}`}
          </li>
        );
      })}
      <li>{emergencyLine(help.code, help.emergency, inCountry)}</li>
    </>
  );
}
