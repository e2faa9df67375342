// Your people: add, change and remove the people shown in Help now. A rejected form keeps what was typed
// and says exactly what to fix; a failed save says so and changes nothing that was there before. Words not
// yet saved are kept as a draft (person, with which person was being changed) until saved or discarded.
import { useRef, useState } from 'preact/hooks';
import { checkHelpContact, HELP_CONTACT_LIMITS, type HelpContactField, type HelpContactInput, type HelpContactProblem } from '@ebb/core';
import { DraftNotice } from '../components/draft-notice.tsx';
import { Screen } from '../components/screen.tsx';
import { useDraft } from '../components/use-draft.ts';
import { format, m } from '../i18n/messages.ts';
import { contacts, removeContact, saveContact, type ContactEntry } from '../state/contacts-state.ts';
import { describeStorageError } from '../state/describe-storage-error.ts';

const empty: HelpContactInput = { name: '', phone: '', note: '' };

function problemText(field: HelpContactField, problem: HelpContactProblem): string {
  const p = m.contacts.problems;
  if (field === 'name') return problem === 'required' ? p.nameRequired : format(p.nameTooLong, { max: HELP_CONTACT_LIMITS.name });
  if (field === 'phone') return problem === 'too-long' ? p.phoneTooLong : p.phoneNotANumber;
  return format(p.noteTooLong, { max: HELP_CONTACT_LIMITS.note });
}

export function Contacts() {
  const [editing, setEditing] = useState<ContactEntry | null>(null);
  const [form, setForm] = useState<HelpContactInput>(empty);
  const [problems, setProblems] = useState<Partial<Record<HelpContactField, HelpContactProblem>>>({});
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const nameInput = useRef<HTMLInputElement>(null);
  const before = editing ? { name: editing.value.name, phone: editing.value.phone, note: editing.value.note } : empty;
  const unsaved = (['name', 'phone', 'note'] as const).every((k) => form[k] === before[k]) ? null : { ...form, editing: editing?.id ?? '' };
  const draft = useDraft('person', unsaved, {
    restore: ({ name = '', phone = '', note = '', editing: id }) => {
      setEditing(contacts.value.find((c) => c.id === id) ?? null);
      setForm({ name, phone, note });
    },
    reset: () => reset(),
  });

  const startEdit = (entry: ContactEntry) => {
    setEditing(entry);
    setForm({ name: entry.value.name, phone: entry.value.phone, note: entry.value.note });
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
    const found = checkHelpContact(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      const first = (['name', 'phone', 'note'] as const).find((f) => found[f]);
      document.getElementById(`contact-${first}`)?.focus();
      return;
    }
    const id = editing?.id ?? crypto.randomUUID();
    const value = { name: form.name.trim(), phone: form.phone.trim(), note: form.note.trim(), createdAt: editing?.value.createdAt ?? Date.now() };
    try {
      await saveContact(id, value);
      void draft.saved();
      setStatus(format(m.contacts.saved, { name: value.name }));
      reset();
    } catch (error) {
      setStatus(format(m.storage.saveFailed, { reason: describeStorageError(error) }));
    }
  };

  const remove = async (entry: ContactEntry) => {
    try {
      await removeContact(entry.id);
      setStatus(format(m.contacts.removed, { name: entry.value.name }));
      if (editing?.id === entry.id) reset();
    } catch (error) {
      setStatus(format(m.storage.saveFailed, { reason: describeStorageError(error) }));
    }
    setConfirming(null);
  };

  const field = (name: HelpContactField, label: string, hint?: string) => {
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
    <Screen title={m.contacts.title}>
      <p>{m.contacts.intro}</p>
      {contacts.value.length === 0 ? (
        <p>{m.contacts.empty}</p>
      ) : (
        <ul class="lines">
          {contacts.value.map((entry) => (
            <li key={entry.id} class="line">
              <h2 class="line-name">{entry.value.name}</h2>
              <p class="line-meta">{entry.value.phone || m.contacts.noNumber}</p>
              {entry.value.note && <p class="line-about">{entry.value.note}</p>}
              {confirming === entry.id ? (
                <p class="actions" role="group" aria-label={format(m.contacts.confirmRemove, { name: entry.value.name })}>
                  <span>{format(m.contacts.confirmRemove, { name: entry.value.name })}</span>
                  <button type="button" class="button" onClick={() => void remove(entry)}>
                    {m.contacts.removeYes}
                  </button>
                  <button type="button" class="button button-quiet" onClick={() => setConfirming(null)}>
                    {m.contacts.removeNo}
                  </button>
                </p>
              ) : (
                <p class="actions">
                  <button type="button" class="button button-quiet" aria-label={`${m.contacts.edit} ${entry.value.name}`} onClick={() => startEdit(entry)}>
                    {m.contacts.edit}
                  </button>
                  <button type="button" class="button button-quiet" aria-label={`${m.contacts.remove} ${entry.value.name}`} onClick={() => setConfirming(entry.id)}>
                    {m.contacts.remove}
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}

      <form class="panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="contact-form-title">
        <h2 id="contact-form-title">{editing ? format(m.contacts.editTitle, { name: editing.value.name }) : m.contacts.addTitle}</h2>
        {field('name', m.contacts.name)}
        {field('phone', m.contacts.phone, m.contacts.phoneHint)}
        {field('note', m.contacts.note, m.contacts.noteHint)}
        <p class="actions">
          <button type="submit" class="button button-primary">
            {editing ? m.contacts.save : m.contacts.add}
          </button>
          {editing && (
            <button type="button" class="button button-quiet" onClick={reset}>
              {m.contacts.cancel}
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
