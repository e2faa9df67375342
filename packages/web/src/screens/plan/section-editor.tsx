// The editor for one part of the plan: which fields its entries have and how its ideas are used. The lists
// share one editor; "do this first" is a single line.
import { useState } from 'preact/hooks';
import { triggerKinds, type PlanSection, type Suggestion, type TriggerKind } from '@ebb/content';
import { checkPlanText, PLAN_LIMITS, type Plan, type PlanNeed, type PlanPerson, type PlanProfessional, type PlanTrigger } from '@ebb/core';
import { DraftNotice } from '../../components/draft-notice.tsx';
import { useDraft } from '../../components/use-draft.ts';
import { format, m } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';
import { plan } from '../../state/plan-state.ts';
import { changePlan } from '../../state/plan-saving.ts';
import { describeStorageError } from '../../state/describe-storage-error.ts';
import { EntryListEditor, type FieldSpec, type IdeaGroup } from './entry-list-editor.tsx';

const f = mp.section.fields;
type Item = { text: string };
type Sections = Plan['sections'];
type ListKey = Exclude<keyof Sections, 'first-step'>;

/** Saves one list of the plan. */
const saveList =
  <K extends ListKey>(key: K) =>
  (entries: Sections[K]) =>
    changePlan((draft) => {
      draft.sections[key] = entries;
    });

const ideasOf = <E extends Record<string, string>>(suggestions: readonly Suggestion[], fills: (s: Suggestion) => Partial<E>) =>
  suggestions.map((s) => ({ text: s.otherWays ? `${s.text}${m.app.colon}${s.otherWays}` : s.text, fills: fills(s) }));

const itemFields: ReadonlyArray<FieldSpec<Item>> = [{ key: 'text', label: f.text, max: PLAN_LIMITS.item, required: true }];

function ItemsEditor({ section }: { section: PlanSection & { id: 'warning-signs' | 'on-my-own' | 'people-and-places' | 'safer-space' | 'reasons' } }) {
  const ideas: IdeaGroup<Item>[] = [{ title: mp.section.ideas, action: 'add', ideas: ideasOf<Item>(section.suggestions, (s) => ({ text: s.text })) }];
  return (
    <EntryListEditor<Item>
      id={section.id}
      entries={plan.value.sections[section.id]}
      fields={itemFields}
      blank={{ text: '' }}
      show={(e) => <p class="line-about">{e.text}</p>}
      name={(e) => e.text}
      ideaGroups={ideas}
      save={saveList(section.id)}
    />
  );
}

const personFields: ReadonlyArray<FieldSpec<PlanPerson>> = [
  { key: 'name', label: f.name, max: PLAN_LIMITS.name, required: true },
  { key: 'phone', label: f.phone, hint: f.phoneHint, max: PLAN_LIMITS.phone, phone: true },
  { key: 'message', label: f.message, hint: f.messageHint, max: PLAN_LIMITS.message },
  { key: 'note', label: f.personNote, hint: f.personNoteHint, max: PLAN_LIMITS.note },
];

/** The person's one list of people: what is added, changed or removed here is changed in Help now and "Your people" too. */
function PeopleEditor({ section }: { section: PlanSection }) {
  const byUse = (use: 'who' | 'message') => section.suggestions.filter((s) => s.use === use);
  const ideas: IdeaGroup<PlanPerson>[] = [
    { title: mp.section.whoIdeas, action: 'fill', ideas: ideasOf<PlanPerson>(byUse('who'), (s) => ({ name: s.text })) },
    { title: mp.section.messageIdeas, action: 'fill', ideas: ideasOf<PlanPerson>(byUse('message'), (s) => ({ message: s.text })) },
  ];
  return (
    <>
      <p class="hint">{mp.section.peopleEverywhere}</p>
      <EntryListEditor<PlanPerson>
        id="people-to-ask"
        entries={plan.value.sections['people-to-ask']}
        fields={personFields}
        blank={{ name: '', phone: '', message: '', note: '' }}
        show={(e) => (
          <>
            <h3 class="line-name">{e.name}</h3>
            {e.phone && <p class="line-meta">{e.phone}</p>}
            {e.note && <p class="line-meta">{e.note}</p>}
            {e.message && <p class="line-about">“{e.message}”</p>}
          </>
        )}
        name={(e) => e.name}
        ideaGroups={ideas}
        save={saveList('people-to-ask')}
        limit={PLAN_LIMITS.people}
      />
    </>
  );
}

const professionalFields: ReadonlyArray<FieldSpec<PlanProfessional>> = [
  { key: 'name', label: f.name, max: PLAN_LIMITS.name, required: true },
  { key: 'phone', label: f.phone, hint: f.phoneHint, max: PLAN_LIMITS.phone, phone: true },
  { key: 'outOfHours', label: f.outOfHours, max: PLAN_LIMITS.phone, phone: true },
  { key: 'note', label: f.note, hint: f.noteHint, max: PLAN_LIMITS.message },
];

function ProfessionalsEditor({ section }: { section: PlanSection }) {
  const ideas: IdeaGroup<PlanProfessional>[] = [
    { title: mp.section.ideas, action: 'fill', ideas: ideasOf<PlanProfessional>(section.suggestions, (s) => ({ name: s.text })) },
  ];
  return (
    <EntryListEditor<PlanProfessional>
      id="professionals"
      entries={plan.value.sections.professionals}
      fields={professionalFields}
      blank={{ name: '', phone: '', outOfHours: '', note: '' }}
      show={(e) => (
        <>
          <h3 class="line-name">{e.name}</h3>
          {e.phone && <p class="line-meta">{format(mp.print.phone, { number: e.phone })}</p>}
          {e.outOfHours && <p class="line-meta">{format(mp.print.outOfHours, { number: e.outOfHours })}</p>}
          {e.note && <p class="line-about">{e.note}</p>}
        </>
      )}
      name={(e) => e.name}
      ideaGroups={ideas}
      save={saveList('professionals')}
    />
  );
}

const kindOptions = triggerKinds.map((k) => ({ value: k, label: mp.section.triggerKinds[k] }));
const triggerFields: ReadonlyArray<FieldSpec<PlanTrigger>> = [
  { key: 'kind', label: f.kind, max: 20, options: kindOptions },
  { key: 'text', label: f.text, max: PLAN_LIMITS.item, required: true },
];

function TriggersEditor({ section }: { section: PlanSection }) {
  const ideas: IdeaGroup<PlanTrigger>[] = [
    { title: mp.section.ideas, action: 'add', ideas: ideasOf<PlanTrigger>(section.suggestions, (s) => ({ kind: s.kind ?? 'feeling', text: s.text })) },
  ];
  return (
    <EntryListEditor<PlanTrigger>
      id="triggers"
      entries={plan.value.sections.triggers}
      fields={triggerFields}
      blank={{ kind: 'feeling' as TriggerKind, text: '' }}
      show={(e) => (
        <>
          <p class="line-meta">{mp.section.triggerKinds[e.kind]}</p>
          <p class="line-about">{e.text}</p>
        </>
      )}
      name={(e) => e.text}
      ideaGroups={ideas}
      save={saveList('triggers')}
    />
  );
}

const needFields: ReadonlyArray<FieldSpec<PlanNeed>> = [
  { key: 'need', label: f.need, max: PLAN_LIMITS.item, required: true },
  { key: 'otherWays', label: f.otherWays, max: PLAN_LIMITS.item },
];

function NeedsEditor({ section }: { section: PlanSection }) {
  const ideas: IdeaGroup<PlanNeed>[] = [
    { title: mp.section.ideas, action: 'add', ideas: ideasOf<PlanNeed>(section.suggestions, (s) => ({ need: s.text, otherWays: s.otherWays ?? '' })) },
  ];
  return (
    <EntryListEditor<PlanNeed>
      id="what-it-does"
      entries={plan.value.sections['what-it-does']}
      fields={needFields}
      blank={{ need: '', otherWays: '' }}
      show={(e) => (
        <>
          <p class="line-about">{e.need}</p>
          {e.otherWays && <p class="line-meta">{format(mp.now.otherWays, { ways: e.otherWays })}</p>}
        </>
      )}
      name={(e) => e.need}
      ideaGroups={ideas}
      save={saveList('what-it-does')}
    />
  );
}

function FirstStepEditor({ section }: { section: PlanSection }) {
  const [value, setValue] = useState(plan.value.sections['first-step']);
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const stored = plan.value.sections['first-step'];
  const kept = useDraft('plan-part:first-step', value === stored ? null : { text: value }, {
    restore: (f) => setValue(f.text ?? ''),
    reset: () => setValue(stored),
  });

  const save = async (text: string) => {
    const found = checkPlanText(text, { max: PLAN_LIMITS.firstStep });
    setProblem(found ? format(mp.section.problems.tooLong, { max: PLAN_LIMITS.firstStep }) : '');
    if (found) {
      document.getElementById('first-step-line')?.focus();
      return;
    }
    setValue(text.trim());
    try {
      await changePlan((draft) => {
        draft.sections['first-step'] = text.trim();
      });
      void kept.saved();
      setStatus(mp.section.saved);
    } catch (error) {
      setStatus(format(mp.saveFailed, { reason: describeStorageError(error) }));
    }
  };

  return (
    <>
      <form
        class="panel"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(value);
        }}
      >
        <div class="field">
          <label for="first-step-line">{mp.section.firstStepLabel}</label>
          <p id="first-step-hint" class="hint">
            {mp.section.firstStepHint}
          </p>
          {problem && (
            <p id="first-step-problem" class="problem">
              {problem}
            </p>
          )}
          <input
            id="first-step-line"
            type="text"
            autocomplete="off"
            value={value}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'first-step-hint first-step-problem' : 'first-step-hint'}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        </div>
        <p class="actions">
          <button type="submit" class="button button-primary">
            {mp.section.save}
          </button>
        </p>
        <DraftNotice draft={kept} />
      </form>
      <section aria-labelledby="first-step-ideas">
        <h2 id="first-step-ideas">{mp.section.ideas}</h2>
        <ul class="ideas">
          {section.suggestions.map((s) => (
            <li key={s.text}>
              <button type="button" class="idea" aria-label={format(mp.section.useIdea, { text: s.text })} onClick={() => void save(s.text)}>
                <span aria-hidden="true">{value === s.text ? '✓' : '+'}</span> {s.text}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <p role="status" class="status">
        {status}
      </p>
    </>
  );
}

export function SectionEditor({ section }: { section: PlanSection }) {
  switch (section.id) {
    case 'people-to-ask':
      return <PeopleEditor section={section} />;
    case 'professionals':
      return <ProfessionalsEditor section={section} />;
    case 'triggers':
      return <TriggersEditor section={section} />;
    case 'what-it-does':
      return <NeedsEditor section={section} />;
    case 'first-step':
      return <FirstStepEditor section={section} />;
    default:
      return <ItemsEditor section={{ ...section, id: section.id }} />;
  }
}
