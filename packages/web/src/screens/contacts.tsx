// Your people: add, change and remove the people shown in Help now. They are the person's one list of
// people, the same as the plan's "People I can ask for help" (state/people-saving.ts). A rejected form keeps
// what was typed and says exactly what to fix; a failed save says so and changes nothing that was there before.
// Words not yet saved are kept as a draft (person, with which person was being changed) until saved or discarded.
import { useRef, useState } from 'preact/hooks';
import { checkPerson, personFields, personLimit, PLAN_LIMITS, type PersonField, type PlanPerson, type PlanTextProblem } from '@ebb/core';
import { DraftNotice } from '../components/draft-notice.tsx';
import { Screen } from '../components/screen.tsx';
import { useDraft } from '../components/use-draft.ts';
import { format, m } from '../i18n/messages.ts';
import { mo } from '../i18n/screen-messages.ts';
import { plan } from '../state/plan-state.ts';
import { removePerson, savePerson } from '../state/people-saving.ts';
import { describeStorageError } from '../state/describe-storage-error.ts';

const empty: PlanPerson = { name: '', phone: '', message: '', note: '' };

function problemText(field: PersonField, problem: PlanTextProblem): string {
  const p = mo.contacts.problems;
  const max = personLimit(field);
  if (field === 'name') return problem === 'required' ? p.nameRequired : format(p.nameTooLong, { max });
  if (field === 'phone') return problem === 'too-long' ? p.phoneTooLong : p.phoneNotANumber;
  return format(field === 'note' ? p.noteTooLong : p.messageTooLong, { max });
}

export function Contacts() {
  const [editing, setEditing] = useState<PlanPerson | null>(null);
  const [form, setForm] = useState<PlanPerson>(empty);
  const [problems, setProblems] = useState<Partial<Record<PersonField, PlanTextProblem>>>({});
  const [confirming, setConfirming] = useState<PlanPerson | null>(null);
  const [status, setStatus] = useState('');
  const nameInput = useRef<HTMLInputElement>(null);
  const people = plan.value.sections['people-to-ask'];
  // The person being changed is named by name and number (the list has no ids), enough to find them again.
  const whoOf = (p: PlanPerson | null) => (p ? `${p.name}\n${p.phone}` : '');
  const before = editing ?? empty;
  const unsaved = (['name', 'phone', 'message', 'note'] as const).every((k) => form[k] === before[k]) ? null : { ...form, editing: whoOf(editing) };
  const draft = useDraft('person', unsaved, {
    restore: ({ name = '', phone = '', message = '', note = '', editing: who = '' }) => {
      setEditing((who && people.find((p) => whoOf(p) === who)) || null);
      setForm({ name, phone, message, note });
    },
    reset: () => reset(),
  });

  const startEdit = (person: PlanPerson) => {
    setEditing(person);
    setForm(person);
    setProblems({});
    nameInput.current?.focus();
  };

  const reset = () => {
    setEditing(null);
    setForm(empty);
    setProblems({});
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = checkPerson(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      const first = personFields.find((f) => found[f]);
      document.getElementById(`contact-${first}`)?.focus();
      return;
    }
    if (!editing && people.length >= PLAN_LIMITS.people) {
      setStatus(format(mo.contacts.problems.full, { max: PLAN_LIMITS.people }));
      return;
    }
    const value: PlanPerson = { name: form.name.trim(), phone: form.phone.trim(), message: form.message.trim(), note: form.note.trim() };
    try {
      await savePerson(editing, value);
      void draft.saved();
      setStatus(format(mo.contacts.saved, { name: value.name }));
      reset();
    } catch (error) {
      setStatus(format(m.storage.saveFailed, { reason: describeStorageError(error) }));
    }
  };

  const remove = async (person: PlanPerson) => {
    try {
      await removePerson(person);
      setStatus(format(mo.contacts.removed, { name: person.name }));
      if (editing === person) reset();
    } catch (error) {
      setStatus(format(m.storage.saveFailed, { reason: describeStorageError(error) }));
    }
    setConfirming(null);
  };

  const field = (name: PersonField, label: string, hint?: string) => {
    const problem = problems[name];
    const describedBy = [hint && `contact-${name}-hint`, problem && `contact-${name}-problem`].filter(Boolean).join(' ');
    return (
      <div class="field">
        <label for={`contact-${name}`}>{label}</label>
        {hint && (
          <p id={`contact-${name}-hint`} class="hint">
            {hint}
          </p>
        )}
        {problem && (
          <p id={`contact-${name}-problem`} class="problem">
            {problemText(name, problem)}
          </p>
        )}
        <input
          id={`contact-${name}`}
          ref={name === 'name' ? nameInput : null}
          type={name === 'phone' ? 'tel' : 'text'}
          autocomplete="off"
          value={form[name]}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={describedBy || undefined}
          onInput={(e) => setForm({ ...form, [name]: e.currentTarget.value })}
        />
      </div>
    );
  };

  return (
    <Screen title={mo.contacts.title}>
      <p>{mo.contacts.intro}</p>
      {people.length === 0 ? (
        <p>{mo.contacts.empty}</p>
      ) : (
        <ul class="lines">
          {people.map((person, i) => (
            <li key={i} class="line">
              <h2 class="line-name">{person.name}</h2>
              <p class="line-meta">{person.phone || mo.contacts.noNumber}</p>
              {person.note && <p class="line-about">{person.note}</p>}
              {person.message && <p class="line-about">“{person.message}”</p>}
              {confirming === person ? (
                <p class="actions" role="group" aria-label={format(mo.contacts.confirmRemove, { name: person.name })}>
                  <span>{format(mo.contacts.confirmRemove, { name: person.name })}</span>
                  <button type="button" class="button" onClick={() => void remove(person)}>
                    {mo.contacts.removeYes}
                  </button>
                  <button type="button" class="button button-quiet" onClick={() => setConfirming(null)}>
                    {mo.contacts.removeNo}
                  </button>
                </p>
              ) : (
                <p class="actions">
                  <button type="button" class="button button-quiet" aria-label={`${mo.contacts.edit} ${person.name}`} onClick={() => startEdit(person)}>
                    {mo.contacts.edit}
                  </button>
                  <button type="button" class="button button-quiet" aria-label={`${mo.contacts.remove} ${person.name}`} onClick={() => setConfirming(person)}>
                    {mo.contacts.remove}
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}

      <form class="panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="contact-form-title">
        <h2 id="contact-form-title">{editing ? format(mo.contacts.editTitle, { name: editing.name }) : mo.contacts.addTitle}</h2>
        {field('name', mo.contacts.name)}
        {field('phone', mo.contacts.phone, mo.contacts.phoneHint)}
        {field('note', mo.contacts.note, mo.contacts.noteHint)}
        {field('message', mo.contacts.message, mo.contacts.messageHint)}
        <p class="actions">
          <button type="submit" class="button button-primary">
            {editing ? mo.contacts.save : mo.contacts.add}
          </button>
          {editing && (
            <button type="button" class="button button-quiet" onClick={reset}>
              {mo.contacts.cancel}
            </button>
          )}
        </p>
        <DraftNotice draft={draft} />
      </form>
      <p role="status" class="status">
        {status}
      </p>
    </Screen>
  );
}
