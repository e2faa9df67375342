// The "How to support me" card as a supporter reads it: only the parts the person chose, the guidance for
// supporters, and the numbers to call. Built from the card's share content, so the person's own screen and a
// share link's viewer show exactly the same card. Its emergency number says its country: a supporter may be
// reading it somewhere else.
import type { Ref } from 'preact';
import type { SupportCardContent } from '@ebb/core';
import { crisisHelp } from '../../i18n/crisis-help-content.ts';
import { supporterGuidance } from '../../i18n/support-card-content.ts';
import { format } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';
import { CrisisNumberItems } from './plan-document.tsx';
import { useEmergencyNumbers } from './use-emergency-numbers.ts';
import { emergencyLine } from './emergency-line.ts';

function Part({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <section>
      <h3>{title}</h3>
      <ul>
        {items.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </section>
  );
}

export function SupportCardView({ content, cardRef }: { content: SupportCardContent; cardRef?: Ref<HTMLElement> }) {
  const help = crisisHelp.find((c) => c.code === content.country);
  const emergency = useEmergencyNumbers(content.country);
  return (
    <article class="print-area support-card" aria-labelledby="support-card-title" ref={cardRef ?? null}>
      <h2 id="support-card-title" class="print-title">
        {mp.support.cardHeading}
      </h2>
      <Part title={mp.support.parts.warningSigns} items={content.warningSigns} />
      <Part title={mp.support.parts.whatHelps} items={content.whatHelps} />
      <Part title={mp.support.sayTitle} items={content.say} />
      <Part title={mp.support.dontSayTitle} items={content.dontSay} />
      {content.show.whoToCall && (
        <section>
          <h3>{mp.support.parts.whoToCall}</h3>
          <ul>
            {content.people.map((p, i) => (
              <li key={`p${i}`}>
                <strong>{p.name}</strong>
                {p.phone && <>, {p.phone}</>}
              </li>
            ))}
            {content.professionals.map((p, i) => (
              <li key={`c${i}`}>
                <strong>{p.name}</strong>
                {p.phone && <>, {format(mp.print.phone, { number: p.phone })}</>}
                {p.outOfHours && <>, {format(mp.print.outOfHours, { number: p.outOfHours })}</>}
              </li>
            ))}
            {help && <CrisisNumberItems help={help} inCountry />}
          </ul>
        </section>
      )}
      <section>
        <h3>{mp.support.forSupporters}</h3>
        <ul>
          {supporterGuidance.map((g) => (
            <li key={g.text}>{g.text}</li>
          ))}
          {/* The guidance says to call the emergency number: the number itself is always on the card. */}
          {!content.show.whoToCall && emergency.length > 0 && <li>{emergencyLine(content.country, emergency, true)}</li>}
        </ul>
      </section>
    </article>
  );
}
