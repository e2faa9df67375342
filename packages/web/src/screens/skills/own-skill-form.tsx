// Adding the person's own skill: a name, its steps (one per line) and the feelings it helps with. Own skills
// join the library and the suggestions in Ride it out. Bad input keeps what was typed and says what to fix;
// a skill not yet added is kept as a draft (own-skill:new) until it is added or discarded.
import { useState } from 'preact/hooks';
import { feelings, type Feeling } from '@ebb/content';
import { DraftNotice } from '../../components/draft-notice.tsx';
import { FeelingChips } from '../../components/feelings.tsx';
import { Field } from '../../components/field.tsx';
import { useDraft } from '../../components/use-draft.ts';
import { SKILL_LIMITS } from '@ebb/core';
import { format } from '../../i18n/messages.ts';
import { ms } from '../../i18n/skills-messages.ts';
import { changeSkillPrefs } from '../../state/skills-state.ts';
import { describeStorageError } from '../../state/describe-storage-error.ts';

const L = ms.library;

export function OwnSkillForm({ maxSteps }: { maxSteps: number }) {
  const [name, setName] = useState('');
  const [steps, setSteps] = useState('');
  const [chosen, setChosen] = useState<Feeling[]>([]);
  const [problems, setProblems] = useState<{ name?: string; steps?: string }>({});
  const [status, setStatus] = useState('');
  const fill = (f: Record<string, string | undefined>) => {
    setName(f.name ?? '');
    setSteps(f.steps ?? '');
    setChosen((f.feelings ?? '').split(',').filter((x): x is Feeling => (feelings as readonly string[]).includes(x)));
  };
  const draft = useDraft('own-skill:new', name || steps || chosen.length > 0 ? { name, steps, feelings: chosen.join(',') } : null, {
    restore: fill,
    reset: () => fill({}),
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    const lines = steps
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    const found: { name?: string; steps?: string } = {};
    if (!name.trim()) found.name = L.problems.nameRequired;
    else if (name.trim().length > SKILL_LIMITS.name) found.name = format(L.problems.tooLong, { max: SKILL_LIMITS.name });
    if (lines.length === 0) found.steps = L.problems.stepsRequired;
    else if (lines.length > maxSteps) found.steps = format(L.problems.tooManySteps, { max: maxSteps });
    else if (lines.some((l) => l.length > SKILL_LIMITS.step)) found.steps = format(L.problems.tooLong, { max: SKILL_LIMITS.step });
    setProblems(found);
    if (found.name || found.steps) {
      document.getElementById(found.name ? 'own-name' : 'own-steps')?.focus();
      return;
    }
    const skill = { id: `own-${crypto.randomUUID()}`, name: name.trim(), steps: lines, feelings: chosen };
    try {
      await changeSkillPrefs((d) => void d.own.push(skill));
      void draft.saved();
      setStatus(format(L.ownAdded, { name: skill.name }));
      setName('');
      setSteps('');
      setChosen([]);
    } catch (error) {
      setStatus(format(ms.saveFailed, { reason: describeStorageError(error) }));
    }
  };

  return (
    <form class="panel" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="own-skill-title">
      <h2 id="own-skill-title">{L.ownTitle}</h2>
      <Field id="own-name" label={L.ownName} problem={problems.name}>
        {(control) => <input {...control} type="text" autocomplete="off" value={name} onInput={(e) => setName(e.currentTarget.value)} />}
      </Field>
      <Field id="own-steps" label={L.ownSteps} problem={problems.steps}>
        {(control) => <textarea {...control} value={steps} onInput={(e) => setSteps(e.currentTarget.value)} />}
      </Field>
      <FeelingChips legend={L.ownFeelings} chosen={chosen} onChange={setChosen} />
      <p class="actions">
        <button type="submit" class="button button-primary">
          {L.ownAdd}
        </button>
      </p>
      <DraftNotice draft={draft} />
      <p role="status" class="status">
        {status}
      </p>
    </form>
  );
}
