// "How to support me": a card for the people who help. The person picks what goes on it, part by part
// (nothing is on it until they do), writes what helps to hear and what doesn't, and prints it. Guidance
// for supporters is always on the card, and the full guide for supporters always goes with it. It is printed,
// or shared as a file or text to an app the person picks (only the parts chosen, as the card shows them, then
// the guide); sharing by link comes with sync.
import { useRef } from 'preact/hooks';
import type { Ref } from 'preact';
import { crisisHelp } from '../../i18n/crisis-help-content.ts';
import { dontSayToMe, sayToMe, supporterGuidance } from '../../i18n/support-card-content.ts';
import { PLAN_LIMITS, supportCardParts, type SupportCard, type SupportCardPart } from '@ebb/core';
import { describedByFailure, SaveNote } from '../../components/save-note.tsx';
import { Screen } from '../../components/screen.tsx';
import { useSave } from '../../components/use-save.ts';
import { format } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';
import { PlanReading } from './plan-reading.tsx';
import { plan, planLoaded, supportCard } from '../../state/plan-state.ts';
import { changeSupportCard } from '../../state/plan-saving.ts';
import { discreet, shownCountry } from '../../state/settings-state.ts';
import { ShareOrSave } from '../../components/share-or-save.tsx';
import { localDate } from '../../state/download.ts';
import { msh } from '../../i18n/share-messages.ts';
import { EntryListEditor, type FieldSpec } from './entry-list-editor.tsx';
import { CrisisNumberItems } from './plan-document.tsx';
import { SupporterGuide } from './supporter-guide.tsx';
import { useEmergencyNumbers } from './use-emergency-numbers.ts';

type Item = { text: string };
const itemFields = (label: string): ReadonlyArray<FieldSpec<Item>> => [{ key: 'text', label, max: PLAN_LIMITS.item, required: true }];

function SayList({ which }: { which: 'say' | 'dontSay' }) {
  const isSay = which === 'say';
  return (
    <EntryListEditor<Item>
      id={`support-${which}`}
      entries={supportCard.value[which].map((text) => ({ text }))}
      fields={itemFields(mp.section.fields.text)}
      blank={{ text: '' }}
      show={(e) => <p class="line-about">{e.text}</p>}
      name={(e) => e.text}
      listTitle={isSay ? mp.support.sayTitle : mp.support.dontSayTitle}
      ownTitle={isSay ? mp.support.sayLabel : mp.support.dontSayLabel}
      ideaGroups={[
        {
          title: isSay ? mp.support.sayIdeas : mp.support.dontSayIdeas,
          action: 'add',
          ideas: (isSay ? sayToMe : dontSayToMe).map((s) => ({ text: s.text, fills: { text: s.text } })),
        },
      ]}
      save={(entries) => changeSupportCard((card) => ({ ...card, [which]: entries.map((e) => e.text) }))}
    />
  );
}

function partIsEmpty(part: SupportCardPart, card: SupportCard): boolean {
  const s = plan.value.sections;
  switch (part) {
    case 'warningSigns':
      return s['warning-signs'].length === 0;
    case 'whatHelps':
      return s['on-my-own'].length + s['people-and-places'].length === 0;
    case 'sayAndDont':
      return card.say.length + card.dontSay.length === 0;
    case 'whoToCall':
      return false; // the country's crisis lines are always there
  }
}

function Card({ card, cardRef }: { card: SupportCard; cardRef: Ref<HTMLElement> }) {
  const s = plan.value.sections;
  const help = crisisHelp.find((c) => c.code === shownCountry.value);
  const whatHelps = [...s['on-my-own'], ...s['people-and-places']];
  const emergency = useEmergencyNumbers();
  return (
    <article class="print-area support-card" aria-labelledby="support-card-title" ref={cardRef}>
      <h2 id="support-card-title" class="print-title">
        {mp.support.cardHeading}
      </h2>
      {card.show.warningSigns && s['warning-signs'].length > 0 && (
        <section>
          <h3>{mp.support.parts.warningSigns}</h3>
          <ul>
            {s['warning-signs'].map((w, i) => (
              <li key={i}>{w.text}</li>
            ))}
          </ul>
        </section>
      )}
      {card.show.whatHelps && whatHelps.length > 0 && (
        <section>
          <h3>{mp.support.parts.whatHelps}</h3>
          <ul>
            {whatHelps.map((w, i) => (
              <li key={i}>{w.text}</li>
            ))}
          </ul>
        </section>
      )}
      {card.show.sayAndDont && card.say.length > 0 && (
        <section>
          <h3>{mp.support.sayTitle}</h3>
          <ul>
            {card.say.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
        </section>
      )}
      {card.show.sayAndDont && card.dontSay.length > 0 && (
        <section>
          <h3>{mp.support.dontSayTitle}</h3>
          <ul>
            {card.dontSay.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
        </section>
      )}
      {card.show.whoToCall && (
        <section>
          <h3>{mp.support.parts.whoToCall}</h3>
          <ul>
            {s['people-to-ask'].map((p, i) => (
              <li key={`p${i}`}>
                <strong>{p.name}</strong>
                {p.phone && <>, {p.phone}</>}
              </li>
            ))}
            {s.professionals.map((p, i) => (
              <li key={`c${i}`}>
                <strong>{p.name}</strong>
                {p.phone && <>, {format(mp.print.phone, { number: p.phone })}</>}
                {p.outOfHours && <>, {format(mp.print.outOfHours, { number: p.outOfHours })}</>}
              </li>
            ))}
            {help && <CrisisNumberItems help={help} />}
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
          {!card.show.whoToCall && emergency.length > 0 && <li>{format(mp.print.emergency, { numbers: emergency.map((n) => n.display).join(' / ') })}</li>}
        </ul>
      </section>
    </article>
  );
}

export function PlanSupport() {
  const saving = useSave();
  const shown = useRef<HTMLElement>(null);
  const guide = useRef<HTMLElement>(null);
  if (!planLoaded.value) {
    return (
      <Screen title={mp.support.title}>
        <PlanReading />
      </Screen>
    );
  }
  const card = supportCard.value;

  const toggle = (part: SupportCardPart, on: boolean) =>
    void saving.save(() => changeSupportCard((stored) => ({ ...stored, show: { ...stored.show, [part]: on } })));

  return (
    <Screen title={mp.support.title}>
      <div class="no-print">
        <p>{mp.support.intro}</p>
        <fieldset class="field">
          <legend>{mp.support.chooseTitle}</legend>
          {supportCardParts.map((part) => (
            <label key={part} class="choice">
              <input
                type="checkbox"
                checked={card.show[part]}
                aria-describedby={describedByFailure(saving, 'support-saving')}
                onChange={(e) => toggle(part, e.currentTarget.checked)}
              />
              {mp.support.parts[part]}
              {partIsEmpty(part, card) && <span class="small"> {mp.support.partEmpty}</span>}
            </label>
          ))}
        </fieldset>
        <SaveNote id="support-saving" saving={saving} failed={mp.saveFailed} />
        {card.show.sayAndDont && (
          <>
            <SayList which="say" />
            <SayList which="dontSay" />
          </>
        )}
        <h2>{mp.support.previewTitle}</h2>
        {!Object.values(card.show).some(Boolean) && <p>{mp.support.nothingChosen}</p>}
        <p>{mp.support.guideNote}</p>
        <p class="actions">
          <button type="button" class="button button-primary" onClick={() => window.print()}>
            {mp.support.print}
          </button>
        </p>
        <ShareOrSave
          id="share-card"
          what={mp.support.shareWhat}
          title={mp.support.cardHeading}
          fileName={format((discreet.value ? msh.discreetFiles : msh.files).card, { day: localDate(new Date()) })}
          type="text/plain"
          copy
          contents={() => {
            // The card exactly as shown below (only the parts chosen, and the guidance for supporters), then the guide.
            const text = [shown.current?.innerText ?? '', guide.current?.innerText ?? ''].join('\n\n');
            return { content: text, text };
          }}
        />
      </div>
      <Card card={card} cardRef={shown} />
      <SupporterGuide guideRef={guide} />
    </Screen>
  );
}
