// One editor for every list in the plan: what is in it (each to change or remove), ideas to tap, and a form
// for the person's own words. Each section only describes its fields and ideas. A rejected form keeps what
// was typed and says what to fix; a failed save keeps the change on screen and says so. Words not yet added
// are kept as the part's draft (plan-part:<id>), so moving on in the plan and coming back loses nothing.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { checkPlanText, PLAN_LIMITS, type PlanTextProblem } from '@ebb/core';
import { DraftNotice } from '../../components/draft-notice.tsx';
import { Field } from '../../components/field.tsx';
import { useDraft } from '../../components/use-draft.ts';
import { format } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';
import { describeStorageError } from '../../state/describe-storage-error.ts';

type Entry = Record<string, string>;

export interface FieldSpec<E extends Entry> {
  key: keyof E & string;
  label: string;
  hint?: string;
  max: number;
  required?: boolean;
  phone?: boolean;
  /** A choice from a few (shown as a select), instead of free text. */
  options?: ReadonlyArray<{ value: string; label: string }>;
}

export interface Idea<E extends Entry> {
  text: string;
  /** What tapping it puts into an entry. */
  fills: Partial<E>;
}

export interface IdeaGroup<E extends Entry> {
  title: string;
  ideas: ReadonlyArray<Idea<E>>;
  /** 'add' puts it straight into the plan; 'fill' puts it into the form to finish (a name still needs a number). */
  action: 'add' | 'fill';
}

interface EntryListEditorProps<E extends Entry> {
  id: string;
  entries: readonly E[];
  fields: ReadonlyArray<FieldSpec<E>>;
  blank: E;
  /** How an entry reads in the list. */
  show: (entry: E) => ComponentChildren;
  /** A short name for an entry, for its buttons' accessible names. */
  name: (entry: E) => string;
  ideaGroups: ReadonlyArray<IdeaGroup<E>>;
  save: (entries: E[]) => Promise<void>;
  /** The heading over the list; "In your plan" unless said. */
  listTitle?: string;
  /** The heading over the form for a new entry; "Add in your own words" unless said. */
  ownTitle?: string;
  /** How many entries the list may hold; a plan part's limit unless said. */
  limit?: number;
}

function problemText(problem: PlanTextProblem, max: number): string {
  const p = mp.section.problems;
  if (problem === 'required') return p.required;
  if (problem === 'too-long') return format(p.tooLong, { max });
  return p.phone;
}

const sameEntry = (a: Entry, b: Entry) => JSON.stringify(a) === JSON.stringify(b);

export function EntryListEditor<E extends Entry>({
  id,
  entries,
  fields,
  blank,
  show,
  name,
  ideaGroups,
  save,
  listTitle = mp.section.yours,
  ownTitle = mp.section.ownTitle,
  limit = PLAN_LIMITS.itemsPerSection,
}: EntryListEditorProps<E>) {
  const [form, setForm] = useState<E>(blank);
  const [editing, setEditing] = useState<number | null>(null);
  const [problems, setProblems] = useState<Partial<Record<keyof E, PlanTextProblem>>>({});
  const [status, setStatus] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const full = entries.length >= limit;

  const write = async (next: E[], done: string) => {
    try {
      await save(next);
      setStatus(done);
      return true;
    } catch (error) {
      setStatus(format(mp.saveFailed, { reason: describeStorageError(error) }));
      return false;
    }
  };

  // Words typed and not added are kept as this part's draft rather than added for the person: an entry
  // they have not chosen to add (a name still without its number, half a sentence) never appears in the
  // plan they open in a crisis, and the words are back in the form, saying so, when they return. Which
  // entry was being changed is kept too, by its content, in case the list changed meanwhile.
  const changing = editing === null ? undefined : entries[editing];
  const unsaved = sameEntry(form, changing ? { ...blank, ...changing } : blank) ? null : { ...form, changing: changing ? JSON.stringify(changing) : '' };
  const draft = useDraft(`plan-part:${id}`, unsaved, {
    restore: ({ changing: was = '', ...typed }) => {
      const index = was ? entries.findIndex((e) => JSON.stringify(e) === was) : -1;
      setEditing(index >= 0 ? index : null);
      setForm(Object.fromEntries(Object.entries(blank).map(([k, v]) => [k, typed[k] ?? v])) as E);
    },
    reset: () => cancel(),
  });

  const focusField = (key: string) => formRef.current?.querySelector<HTMLElement>(`#${id}-${key}`)?.focus();

  const takeIdea = (group: IdeaGroup<E>, idea: Idea<E>) => {
    if (group.action === 'add') {
      void write([...entries, { ...blank, ...idea.fills }], mp.section.added);
      return;
    }
    const next = { ...form, ...idea.fills };
    setForm(next);
    const firstEmpty = fields.find((f) => next[f.key] === '' || next[f.key] === undefined);
    focusField(firstEmpty?.key ?? fields[0]?.key ?? '');
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: Partial<Record<keyof E, PlanTextProblem>> = {};
    for (const f of fields) {
      if (f.options) continue;
      const problem = checkPlanText(form[f.key] ?? '', f);
      if (problem) found[f.key] = problem;
    }
    setProblems(found);
    const first = fields.find((f) => found[f.key]);
    if (first) {
      focusField(first.key);
      return;
    }
    if (editing === null && full) {
      setStatus(format(mp.section.problems.full, { max: limit }));
      return;
    }
    const entry = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v.trim()])) as E;
    const next = editing === null ? [...entries, entry] : entries.map((e, i) => (i === editing ? entry : e));
    if (await write(next, editing === null ? mp.section.added : mp.section.saved)) {
      void draft.saved();
      setForm(blank);
      setEditing(null);
    }
  };

  const startChange = (index: number) => {
    const entry = entries[index];
    if (!entry) return;
    setEditing(index);
    setForm({ ...blank, ...entry });
    setProblems({});
    focusField(fields[0]?.key ?? '');
  };

  const cancel = () => {
    setEditing(null);
    setForm(blank);
    setProblems({});
  };

  return (
    <>
      <h2 id={`${id}-yours`} tabIndex={-1}>
        {listTitle}
      </h2>
      {entries.length === 0 ? (
        <p>{mp.section.nothingYet}</p>
      ) : (
        <ul class="lines" aria-labelledby={`${id}-yours`}>
          {entries.map((entry, index) => (
            <li key={`${index}-${name(entry)}`} class="line">
              {show(entry)}
              <p class="actions">
                <button
                  type="button"
                  class="button button-quiet"
                  aria-label={format(mp.section.changeItem, { text: name(entry) })}
                  onClick={() => startChange(index)}
                >
                  {mp.section.change}
                </button>
                <button
                  type="button"
                  class="button button-quiet"
                  aria-label={format(mp.section.removeItem, { text: name(entry) })}
                  onClick={() => {
                    if (editing === index) cancel();
                    void write(
                      entries.filter((_, i) => i !== index),
                      mp.section.removed,
                    );
                    // The button goes with the entry: keep the keyboard's place at the list.
                    document.getElementById(`${id}-yours`)?.focus();
                  }}
                >
                  {mp.section.remove}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}

      {ideaGroups.map((group, g) => (
        <section key={group.title} aria-labelledby={`${id}-ideas-${g}`}>
          <h2 id={`${id}-ideas-${g}`}>{group.title}</h2>
          {g === 0 && <p class="hint">{group.action === 'add' ? mp.section.ideasHint : mp.section.fillHint}</p>}
          <ul class="ideas">
            {group.ideas.map((idea) => {
              const added = group.action === 'add' && entries.some((e) => sameEntry(e, { ...blank, ...idea.fills }));
              return (
                <li key={idea.text}>
                  {/* aria-disabled rather than disabled, so focus stays on the idea just added. */}
                  <button
                    type="button"
                    class="idea"
                    aria-disabled={added || (group.action === 'add' && full) ? 'true' : undefined}
                    aria-label={format(group.action === 'add' ? mp.section.addIdea : mp.section.useIdea, { text: idea.text })}
                    onClick={() => !added && !(group.action === 'add' && full) && takeIdea(group, idea)}
                  >
                    <span aria-hidden="true">{added ? '✓' : '+'}</span> {idea.text}
                    {added && <span class="visually-hidden"> ({mp.section.ideaAdded})</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}

      <form ref={formRef} class="panel" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-form-title`}>
        <h2 id={`${id}-form-title`}>{editing === null ? ownTitle : mp.section.changeTitle}</h2>
        {fields.map((f) => {
          const problem = problems[f.key];
          const value = form[f.key] ?? '';
          const onInput = (next: string) => setForm({ ...form, [f.key]: next });
          return (
            <Field key={f.key} id={`${id}-${f.key}`} label={f.label} hint={f.hint} problem={problem && problemText(problem, f.max)}>
              {(control) =>
                f.options ? (
                  <select id={control.id} value={value} onChange={(e) => onInput(e.currentTarget.value)}>
                    {f.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input {...control} type={f.phone ? 'tel' : 'text'} autocomplete="off" value={value} onInput={(e) => onInput(e.currentTarget.value)} />
                )
              }
            </Field>
          );
        })}
        <p class="actions">
          <button type="submit" class="button button-primary">
            {editing === null ? mp.section.add : mp.section.save}
          </button>
          {editing !== null && (
            <button type="button" class="button button-quiet" onClick={cancel}>
              {mp.section.cancel}
            </button>
          )}
        </p>
        <DraftNotice draft={draft} />
      </form>
      <p role="status" class="status">
        {status}
      </p>
    </>
  );
}
