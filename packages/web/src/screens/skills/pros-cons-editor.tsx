// Pros and cons of acting on an urge and of riding it out, written while calm and shown in Ride it out.
// A line typed and not yet added is kept as a draft (pros-cons:<list>), and stays in its field until saved.
import { useState } from 'preact/hooks';
import { checkPlanText, SKILL_LIMITS, type ProsCons } from '@ebb/core';
import { DraftNotice } from '../../components/draft-notice.tsx';
import { describedByFailure, SaveNote } from '../../components/save-note.tsx';
import { useDraft } from '../../components/use-draft.ts';
import { useSave } from '../../components/use-save.ts';
import { format } from '../../i18n/messages.ts';
import { ms } from '../../i18n/skills-messages.ts';
import { changeSkillPrefs, skillPrefs } from '../../state/skills-state.ts';

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
  const saving = useSave();
  const draft = useDraft(`pros-cons:${which}`, text ? { text } : null, { restore: (f) => setText(f.text ?? ''), reset: () => setText('') });
  const save = (change: (items: string[]) => string[]) => saving.save(() => changeSkillPrefs((d) => void (d.prosCons[which] = change(d.prosCons[which]))));

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
    // What was typed stays in the field until it is kept.
    void save((list) => [...list, value]).then((kept) => {
      if (!kept) return;
      void draft.saved();
      setText((now) => (now === text ? '' : now));
    });
  };

  return (
    <form class="field" noValidate onSubmit={add}>
      <label for={`pc-${which}`}>{title}</label>
      {items.length > 0 && (
        <ul class="plan-items">
          {items.map((item, i) => (
            <li key={`${i}-${item}`}>
              {item}{' '}
              <button
                type="button"
                class="button button-quiet"
                aria-label={format(ms.library.prosConsRemove, { text: item })}
                onClick={() => void save((list) => list.filter((_, j) => j !== i))}
              >
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
          aria-describedby={[problem && `pc-${which}-problem`, describedByFailure(saving, `pc-${which}-saving`)].filter(Boolean).join(' ') || undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" class="button">
          {ms.library.prosConsAdd}
        </button>
      </p>
      <DraftNotice draft={draft} />
      <SaveNote id={`pc-${which}-saving`} saving={saving} failed={ms.saveFailed} />
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
