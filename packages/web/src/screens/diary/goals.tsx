// Goals with small steps and dates, on the progress screen. Ticking a step celebrates the effort; nothing is
// ever marked as missed. A goal not yet added is kept as a draft (goal:new) until added or discarded.
import { useState } from 'preact/hooks';
import { GOAL_LIMITS, goalDone, isDay, stepsDone, type Goal } from '@ebb/core';
import { DraftNotice } from '../../components/draft-notice.tsx';
import { Field } from '../../components/field.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { describedByFailure, SaveNote } from '../../components/save-note.tsx';
import { useRecord } from '../../components/use-record.ts';
import { useSave } from '../../components/use-save.ts';
import { useDraft } from '../../components/use-draft.ts';
import { format } from '../../i18n/messages.ts';
import { md } from '../../i18n/diary-messages.ts';
import { loadGoals, removeGoal, saveGoal, setStepDone, type GoalItem } from '../../state/goal-state.ts';
import { longDate } from './check-in.tsx';

const G = md.goals;

export function Goals() {
  const stored = useRecord(loadGoals);
  return (
    <section aria-labelledby="goals-title">
      <h2 id="goals-title">{G.title}</h2>
      <p>{G.intro}</p>
      <Loaded record={stored}>{(goals) => <GoalList stored={goals} />}</Loaded>
    </section>
  );
}

function GoalList({ stored }: { stored: GoalItem[] }) {
  const [goals, setGoals] = useState(stored);
  return (
    <>
      {goals.length === 0 && <p>{G.none}</p>}
      <ul class="lines">
        {goals.map((item) => (
          <GoalShown
            key={item.id}
            item={item}
            onChange={(value) =>
              setGoals((shown) => (value ? shown.map((g) => (g.id === item.id ? { id: item.id, value } : g)) : shown.filter((g) => g.id !== item.id)))
            }
          />
        ))}
      </ul>
      <GoalForm onAdded={(item) => setGoals((shown) => [...shown, item])} />
    </>
  );
}

/** One goal: its steps to tick and its Remove button, with how their saving went beside them. */
function GoalShown({ item, onChange }: { item: GoalItem; onChange: (value: Goal | undefined) => void }) {
  const saving = useSave();
  const [cheer, setCheer] = useState('');
  const noteId = `goal-saving-${item.id}`;
  // A tick shows at once while it is saved; once saved (or not) the box shows what is stored.
  const [ticking, setTicking] = useState<ReadonlyMap<number, boolean>>(new Map());
  const showTick = (index: number, done: boolean | undefined) =>
    setTicking((shown) => {
      const next = new Map(shown);
      if (done === undefined) next.delete(index);
      else next.set(index, done);
      return next;
    });

  const toggleStep = async (index: number, done: boolean) => {
    let value: Goal | undefined;
    setCheer('');
    showTick(index, done);
    const kept = await saving.save(async () => (value = await setStepDone(item.id, index, done)));
    showTick(index, undefined);
    // Not kept: the box shows what is stored again, beside the note saying so.
    if (!kept) return;
    onChange(value);
    setCheer(value && done ? (goalDone(value) ? G.goalComplete : G.celebrate) : '');
  };

  return (
    <li class="line">
      <h3 class="line-name">{item.value.title}</h3>
      <p class="line-meta">
        {format(G.stepsDone, { done: stepsDone(item.value), total: item.value.steps.length })}
        {item.value.due && ` · ${format(G.due, { date: longDate(item.value.due) })}`}
      </p>
      {item.value.steps.map((step, i) => (
        <label key={i} class="choice">
          <input
            type="checkbox"
            checked={ticking.get(i) ?? step.doneAt !== null}
            aria-describedby={describedByFailure(saving, noteId)}
            onChange={(e) => void toggleStep(i, e.currentTarget.checked)}
          />
          {step.text}
        </label>
      ))}
      <p class="actions">
        <button
          type="button"
          class="button button-quiet"
          onClick={() => void saving.save(() => removeGoal(item.id)).then((removed) => removed && onChange(undefined))}
        >
          {format(G.remove, { title: item.value.title })}
        </button>
      </p>
      <SaveNote id={noteId} saving={saving} failed={md.saveFailed} saved={cheer} />
    </li>
  );
}

function GoalForm({ onAdded }: { onAdded: (item: GoalItem) => void }) {
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [steps, setSteps] = useState('');
  const [problem, setProblem] = useState('');
  const saving = useSave();
  const fill = (f: Record<string, string | undefined>) => {
    setTitle(f.title ?? '');
    setDue(f.due ?? '');
    setSteps(f.steps ?? '');
  };
  const draft = useDraft('goal:new', title || due || steps ? { title, due, steps } : null, { restore: fill, reset: () => fill({}) });

  const add = async (event: Event) => {
    event.preventDefault();
    const lines = steps
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    if (!title.trim()) {
      setProblem(G.titleRequired);
      document.getElementById('goal-title')?.focus();
      return;
    }
    if (title.trim().length > GOAL_LIMITS.title || lines.length > GOAL_LIMITS.steps || lines.some((l) => l.length > GOAL_LIMITS.step)) {
      setProblem(format(G.tooMany, { max: GOAL_LIMITS.steps, length: GOAL_LIMITS.step }));
      return;
    }
    setProblem('');
    const goal: Goal = {
      title: title.trim(),
      due: isDay(due) ? due : null,
      steps: lines.map((text) => ({ text, due: null, doneAt: null })),
      createdAt: Date.now(),
    };
    const id = crypto.randomUUID();
    // What was typed stays in the form unless the goal was kept.
    if (!(await saving.save(() => saveGoal(id, goal)))) return;
    void draft.saved();
    onAdded({ id, value: goal });
    setTitle('');
    setDue('');
    setSteps('');
  };

  return (
    <form class="panel" noValidate onSubmit={(e) => void add(e)} aria-labelledby="goal-form-title">
      <h3 id="goal-form-title">{G.add}</h3>
      <Field id="goal-title" label={G.goalTitle} problem={problem}>
        {(control) => <input {...control} type="text" autocomplete="off" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />}
      </Field>
      <div class="field">
        <label for="goal-due">{G.goalDue}</label>
        <input id="goal-due" type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
      </div>
      <Field id="goal-steps" label={G.steps} hint={G.stepsHint}>
        {(control) => <textarea {...control} value={steps} onInput={(e) => setSteps(e.currentTarget.value)} />}
      </Field>
      <button type="submit" class="button button-primary">
        {G.save}
      </button>
      <DraftNotice draft={draft} />
      <SaveNote id="goal-form-saving" saving={saving} failed={md.saveFailed} saved={G.added} />
    </form>
  );
}
