// Setting up the diary card: which emotions to rate, and whether to ask about medication, therapy and
// thoughts of suicide (an optional row, off until the person turns it on).
import { useState } from 'preact/hooks';
import { CHECKIN_LIMITS, type DiaryPrefs } from '@ebb/core';
import { Field } from '../../components/field.tsx';
import { format } from '../../i18n/messages.ts';
import { md } from '../../i18n/diary-messages.ts';
import { diaryPrefs, saveDiaryPrefs } from '../../state/diary-state.ts';
import { describeStorageError } from '../../state/describe-storage-error.ts';

const C = md.checkIn;

export function DiarySetup() {
  const prefs = diaryPrefs.value;
  const [emotions, setEmotions] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const text = emotions ?? prefs.emotions.join('\n');

  // A toggle saves at once; if it cannot, the reason is said beside the set-up's other status.
  const toggle = (next: Partial<DiaryPrefs>) => void saveDiaryPrefs(next).catch((error: unknown) => setStatus(format(md.saveFailed, { reason: describeStorageError(error) })));

  const save = async (event: Event) => {
    event.preventDefault();
    const names = [...new Set(text.split('\n').map((s) => s.trim()).filter(Boolean))];
    if (names.length === 0) return setProblem(C.setupEmpty);
    if (names.length > CHECKIN_LIMITS.emotions || names.some((n) => n.length > CHECKIN_LIMITS.name)) {
      return setProblem(format(C.setupTooMany, { max: CHECKIN_LIMITS.emotions, length: CHECKIN_LIMITS.name }));
    }
    setProblem('');
    try {
      await saveDiaryPrefs({ emotions: names });
      setEmotions(null);
      setStatus(C.setupSaved);
    } catch (error) {
      setStatus(format(md.saveFailed, { reason: describeStorageError(error) }));
    }
  };

  return (
    <details class="reason">
      <summary>{C.setup}</summary>
      <form noValidate onSubmit={(e) => void save(e)}>
        <Field id="setup-emotions" label={C.setupEmotions} problem={problem}>
          {(control) => <textarea {...control} value={text} onInput={(e) => setEmotions(e.currentTarget.value)} />}
        </Field>
        <label class="choice">
          <input type="checkbox" checked={prefs.trackMedication} onChange={(e) => toggle({ trackMedication: e.currentTarget.checked })} />
          {C.setupMedication}
        </label>
        <label class="choice">
          <input type="checkbox" checked={prefs.trackTherapy} onChange={(e) => toggle({ trackTherapy: e.currentTarget.checked })} />
          {C.setupTherapy}
        </label>
        <label class="choice">
          <input
            type="checkbox"
            checked={prefs.trackSuicidalThoughts}
            aria-describedby="setup-thoughts-hint"
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
        <p role="status" class="status">
          {status}
        </p>
      </form>
    </details>
  );
}
