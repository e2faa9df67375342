// Setting up the diary card: which emotions to rate, and whether to ask about medication, therapy and
// thoughts of suicide (an optional row, off until the person turns it on).
import { useState } from 'preact/hooks';
import { CHECKIN_LIMITS, type DiaryPrefs } from '@ebb/core';
import { Field } from '../../components/field.tsx';
import { describedByFailure, SaveNote } from '../../components/save-note.tsx';
import { useSave } from '../../components/use-save.ts';
import { format } from '../../i18n/messages.ts';
import { md } from '../../i18n/diary-messages.ts';
import { diaryPrefs, saveDiaryPrefs } from '../../state/diary-state.ts';

const C = md.checkIn;

export function DiarySetup() {
  const prefs = diaryPrefs.value;
  const [emotions, setEmotions] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const saving = useSave();
  const text = emotions ?? prefs.emotions.join('\n');

  // A toggle saves at once; if it cannot, the reason is said in the set-up's note, read with each toggle.
  const toggle = (next: Partial<DiaryPrefs>) => void saving.save(() => saveDiaryPrefs(next));

  const save = async (event: Event) => {
    event.preventDefault();
    const names = [
      ...new Set(
        text
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    if (names.length === 0) return setProblem(C.setupEmpty);
    if (names.length > CHECKIN_LIMITS.emotions || names.some((n) => n.length > CHECKIN_LIMITS.name)) {
      return setProblem(format(C.setupTooMany, { max: CHECKIN_LIMITS.emotions, length: CHECKIN_LIMITS.name }));
    }
    setProblem('');
    if (await saving.save(() => saveDiaryPrefs({ emotions: names }))) setEmotions(null);
  };

  return (
    <details class="reason">
      <summary>{C.setup}</summary>
      <form noValidate onSubmit={(e) => void save(e)}>
        <Field id="setup-emotions" label={C.setupEmotions} problem={problem}>
          {(control) => <textarea {...control} value={text} onInput={(e) => setEmotions(e.currentTarget.value)} />}
        </Field>
        <label class="choice">
          <input
            type="checkbox"
            checked={prefs.trackMedication}
            aria-describedby={describedByFailure(saving, 'setup-saving')}
            onChange={(e) => toggle({ trackMedication: e.currentTarget.checked })}
          />
          {C.setupMedication}
        </label>
        <label class="choice">
          <input
            type="checkbox"
            checked={prefs.trackTherapy}
            aria-describedby={describedByFailure(saving, 'setup-saving')}
            onChange={(e) => toggle({ trackTherapy: e.currentTarget.checked })}
          />
          {C.setupTherapy}
        </label>
        <label class="choice">
          <input
            type="checkbox"
            checked={prefs.trackSuicidalThoughts}
            aria-describedby={['setup-thoughts-hint', describedByFailure(saving, 'setup-saving')].filter(Boolean).join(' ')}
            onChange={(e) => toggle({ trackSuicidalThoughts: e.currentTarget.checked })}
          />
          {C.setupThoughts}
        </label>
        <p id="setup-thoughts-hint" class="hint">
          {C.setupThoughtsHint}
        </p>
        <p class="actions">
          <button type="submit" class="button">
            {C.setupSave}
          </button>
        </p>
        <SaveNote id="setup-saving" saving={saving} failed={md.saveFailed} saved={C.setupSaved} />
      </form>
    </details>
  );
}
