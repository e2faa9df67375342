// "How to support me": a card for the people who help. The person picks what goes on it, part by part
// (nothing is on it until they do), writes what helps to hear and what doesn't, and prints it. Guidance
// for supporters is always on the card, and the full guide for supporters always goes with it. It is printed,
// or shared as a file or text to an app the person picks (only the parts chosen, as the card shows them, then
// the guide), or shared by a link that works for a time the person picks (the share links screen).
import { useRef } from 'preact/hooks';
import { dontSayToMe, sayToMe } from '../../i18n/support-card-content.ts';
import { PLAN_LIMITS, supportCardParts, supportCardShareContent, type SupportCard, type SupportCardPart } from '@ebb/core';
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
import { SupporterGuide } from './supporter-guide.tsx';
import { SupportCardView } from './support-card-view.tsx';
import { Link } from '../../components/link.tsx';
import { paths } from '../../router.ts';
import { mli } from '../../i18n/links-messages.ts';

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
        <p>
          <Link href={paths.links}>{mli.reach}</Link>
        </p>
      </div>
      <SupportCardView content={supportCardShareContent(card, plan.value, shownCountry.value)} cardRef={shown} />
      <SupporterGuide guideRef={guide} />
    </Screen>
  );
}
