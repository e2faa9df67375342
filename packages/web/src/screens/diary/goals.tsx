// Goals with small steps and dates, on the progress screen. Ticking a step celebrates the effort; nothing is
// ever marked as missed.
import { useEffect, useState } from 'preact/hooks';
import { GOAL_LIMITS, goalDone, isDay, stepsDone, type Goal } from '@ebb/core';
import { Field } from '../../components/field.tsx';
import { format } from '../../i18n/messages.ts';
import { md } from '../../i18n/diary-messages.ts';
import { loadGoals, removeGoal, saveGoal, setStepDone, type GoalItem } from '../../state/goal-state.ts';
import { describeStorageError } from '../../state/describe-storage-error.ts';
import { longDate } from './check-in.tsx';

const G = md.goals;

export function Goals() {
  const [goals, setGoals] = useState<GoalItem[]>([]);
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [steps, setSteps] = useState('');
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => void loadGoals().then(setGoals, () => undefined), []);

  const fail = (error: unknown) => setStatus(format(md.saveFailed, { reason: describeStorageError(error) }));

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
    const goal: Goal = { title: title.trim(), due: isDay(due) ? due : null, steps: lines.map((text) => ({ text, due: null, doneAt: null })), createdAt: Date.now() };
    const id = crypto.randomUUID();
    try {
      await saveGoal(id, goal);
      setGoals([...goals, { id, value: goal }]);
      setTitle('');
      setDue('');
      setSteps('');
      setStatus(G.added);
    } catch (error) {
      fail(error);
    }
  };

  const toggleStep = async (item: GoalItem, index: number, done: boolean) => {
    try {
      const value = await setStepDone(item.id, index, done);
      setGoals((shown) => (value ? shown.map((g) => (g.id === item.id ? { id: item.id, value } : g)) : shown.filter((g) => g.id !== item.id)));
      setStatus(value && done ? (goalDone(value) ? G.goalComplete : G.celebrate) : '');
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section aria-labelledby="goals-title">
      <h2 id="goals-title">{G.title}</h2>
      <p>{G.intro}</p>
      {goals.length === 0 && <p>{G.none}</p>}
      <ul class="lines">
        {goals.map((item) => (
          <li key={item.id} class="line">
            <h3 class="line-name">{item.value.title}</h3>
            <p class="line-meta">
              {format(G.stepsDone, { done: stepsDone(item.value), total: item.value.steps.length })}
              {item.value.due && ` · ${format(G.due, { date: longDate(item.value.due) })}`}
            </p>
            {item.value.steps.map((step, i) => (
              <label key={i} class="choice">
                <input type="checkbox" checked={step.doneAt !== null} onChange={(e) => void toggleStep(item, i, e.currentTarget.checked)} />
                {step.text}
              </label>
            ))}
            <p class="actions">
              <button
                type="button"
                class="button button-quiet"
                onClick={() =>
                  void removeGoal(item.id).then(
                    () => setGoals(goals.filter((g) => g.id !== item.id)),
                    fail,
                  )
                }
              >
                {format(G.remove, { title: item.value.title })}
              </button>
            </p>
          </li>
        ))}
      </ul>
      <p role="status" class="status">
        {status}
      </p>
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
      </form>
    </section>
  );
}
