// Setting up the diary card: which emotions to rate, and whether to ask about medication and therapy.
import { useState } from 'preact/hooks';
import { CHECKIN_LIMITS } from '@ebb/core';
import { Field } from '../../components/field.tsx';
import { format } from '../../i18n/messages.ts';
import { md } from '../../i18n/diary-messages.ts';
import { diaryPrefs, saveDiaryPrefs } from '../../state/diary-state.ts';
import { describeStorageError } from '../../storage/describe-storage-error.ts';

const C = md.checkIn;

export function DiarySetup() {
  const prefs = diaryPrefs.value;
  const [emotions, setEmotions] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const text = emotions ?? prefs.emotions.join('\n');

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
          <input type="checkbox" checked={prefs.trackMedication} onChange={(e) => void saveDiaryPrefs({ trackMedication: e.currentTarget.checked }).catch(() => undefined)} />
          {C.setupMedication}
        </label>
        <label class="choice">
          <input type="checkbox" checked={prefs.trackTherapy} onChange={(e) => void saveDiaryPrefs({ trackTherapy: e.currentTarget.checked }).catch(() => undefined)} />
          {C.setupTherapy}
        </label>
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
