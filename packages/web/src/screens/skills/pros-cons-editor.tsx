// Pros and cons of acting on an urge and of riding it out, written while calm and shown in Ride it out.
import { useState } from 'preact/hooks';
import { checkPlanText, SKILL_LIMITS, type ProsCons } from '@ebb/core';
import { format } from '../../i18n/messages.ts';
import { ms } from '../../i18n/skills-messages.ts';
import { changeSkillPrefs, skillPrefs } from '../../state/skills-state.ts';
import { describeStorageError } from '../../state/describe-storage-error.ts';

const lists: ReadonlyArray<[keyof ProsCons, string]> = [
  ['resistingPros', ms.player.resistingPros],
  ['actingCons', ms.player.actingCons],
  ['resistingCons', ms.player.resistingCons],
  ['actingPros', ms.player.actingPros],
];

function ProsConsList({ which, title }: { which: keyof ProsCons; title: string }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const items = skillPrefs.value.prosCons[which];
  const save = (change: (items: string[]) => string[]) =>
    changeSkillPrefs((d) => void (d.prosCons[which] = change(d.prosCons[which]))).catch((error: unknown) =>
      setProblem(format(ms.saveFailed, { reason: describeStorageError(error) })),
    );

  const add = (event: Event) => {
    event.preventDefault();
    const found = checkPlanText(text, { max: SKILL_LIMITS.proCon, required: true });
    if (found) {
      setProblem(found === 'required' ? ms.library.problems.stepsRequired : format(ms.library.problems.tooLong, { max: SKILL_LIMITS.proCon }));
      return;
    }
    if (items.length >= SKILL_LIMITS.proCons) return;
    setProblem('');
    const value = text.trim();
    setText('');
    void save((list) => [...list, value]);
  };

  return (
    <form class="field" noValidate onSubmit={add}>
      <label for={`pc-${which}`}>{title}</label>
      {items.length > 0 && (
        <ul class="plan-items">
          {items.map((item, i) => (
            <li key={`${i}-${item}`}>
              {item}{' '}
              <button type="button" class="button button-quiet" aria-label={format(ms.library.prosConsRemove, { text: item })} onClick={() => void save((list) => list.filter((_, j) => j !== i))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p id={`pc-${which}-problem`} class="problem">
          {problem}
        </p>
      )}
      <p class="actions">
        <input
          id={`pc-${which}`}
          type="text"
          autocomplete="off"
          value={text}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? `pc-${which}-problem` : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" class="button">
          {ms.library.prosConsAdd}
        </button>
      </p>
    </form>
  );
}

export function ProsConsEditor() {
  return (
    <section class="panel" aria-labelledby="pros-cons-title">
      <h2 id="pros-cons-title">{ms.library.prosConsTitle}</h2>
      <p class="hint">{ms.library.prosConsIntro}</p>
      {lists.map(([which, title]) => (
        <ProsConsList key={which} which={which} title={title} />
      ))}
    </section>
  );
}
