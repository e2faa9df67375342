// Writing or changing a journal entry: an optional prompt, free text, feelings and trigger tags. A failed
// save keeps every word on screen; deleting asks first.
import { useEffect, useState } from 'preact/hooks';
import type { Feeling } from '@ebb/content';
import { FeelingChips } from '../../components/feelings.tsx';
import { Field } from '../../components/field.tsx';
import { JOURNAL_LIMITS, journalPrompts, parseTags, type JournalEntry, type JournalPrompt } from '@ebb/core';
import { Link } from '../../components/link.tsx';
import { Screen } from '../../components/screen.tsx';
import { format } from '../../i18n/messages.ts';
import { md } from '../../i18n/diary-messages.ts';
import { journalPath, navigate, paths } from '../../router.ts';
import { deleteEntry, loadEntry, saveEntry } from '../../state/journal-state.ts';
import { describeStorageError } from '../../state/describe-storage-error.ts';

const J = md.journal;

export function JournalEntryScreen({ entryId }: { entryId: string | null }) {
  const [loaded, setLoaded] = useState<JournalEntry | null | undefined>(entryId ? undefined : null);
  const [prompt, setPrompt] = useState<JournalPrompt | null>(null);
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<Feeling[]>([]);
  const [tags, setTags] = useState('');
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    if (!entryId) return;
    void loadEntry(entryId).then((entry) => {
      setLoaded(entry ?? null);
      if (entry) {
        setPrompt(entry.prompt);
        setText(entry.text);
        setChosen(entry.feelings);
        setTags(entry.triggers.join(', '));
      }
    }, () => setLoaded(null));
  }, [entryId]);

  if (entryId && loaded === undefined) return <Screen title={J.editTitle}>{null}</Screen>;
  if (entryId && loaded === null) {
    return (
      <Screen title={J.editTitle}>
        <p>{J.notFound}</p>
        <p>
          <Link href={paths.journal}>{J.back}</Link>
        </p>
      </Screen>
    );
  }

  const save = async (event: Event) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed || trimmed.length > JOURNAL_LIMITS.text) {
      setProblem(trimmed ? J.tooLong : J.textRequired);
      document.getElementById('journal-text')?.focus();
      return;
    }
    setProblem('');
    const now = Date.now();
    const id = entryId ?? crypto.randomUUID();
    const entry: JournalEntry = { createdAt: loaded?.createdAt ?? now, updatedAt: now, prompt, text: trimmed, feelings: chosen, triggers: parseTags(tags) };
    try {
      await saveEntry(id, entry);
      setLoaded(entry);
      setStatus(J.saved);
      // A new entry moves to its own address; the screen stays, so what was typed and "Saved." stay too.
      if (!entryId) navigate(journalPath(id));
    } catch (error) {
      setStatus(format(md.saveFailed, { reason: describeStorageError(error) }));
    }
  };

  const remove = async () => {
    if (!entryId) return;
    try {
      await deleteEntry(entryId);
      navigate(paths.journal);
    } catch (error) {
      setStatus(format(md.saveFailed, { reason: describeStorageError(error) }));
    }
  };

  return (
    <Screen title={entryId ? J.editTitle : J.newTitle}>
      <form noValidate onSubmit={(e) => void save(e)}>
        <fieldset class="field">
          <legend>{J.prompts}</legend>
          <div class="feelings">
            {journalPrompts.map((p) => (
              <button key={p} type="button" class="idea" aria-pressed={prompt === p} onClick={() => setPrompt(prompt === p ? null : p)}>
                {J.promptNames[p]}
              </button>
            ))}
          </div>
        </fieldset>
        <Field id="journal-text" label={prompt ? J.promptNames[prompt] : J.text} problem={problem}>
          {(control) => <textarea {...control} class="journal-text" value={text} onInput={(e) => setText(e.currentTarget.value)} />}
        </Field>
        <FeelingChips legend={J.feelings} chosen={chosen} onChange={setChosen} />
        <div class="field">
          <label for="journal-triggers">{J.triggers}</label>
          <input id="journal-triggers" type="text" autocomplete="off" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
        </div>
        <p class="actions">
          <button type="submit" class="button button-primary">
            {J.save}
          </button>
        </p>
        <p role="status" class="status">
          {status}
        </p>
      </form>
      {entryId &&
        (confirming ? (
          <p class="actions" role="group" aria-label={J.deleteConfirm}>
            <span>{J.deleteConfirm}</span>
            <button type="button" class="button button-danger" onClick={() => void remove()}>
              {J.deleteYes}
            </button>
            <button type="button" class="button button-quiet" onClick={() => setConfirming(false)}>
              {J.deleteNo}
            </button>
          </p>
        ) : (
          <p>
            <button type="button" class="button button-quiet" onClick={() => setConfirming(true)}>
              {J.delete}
            </button>
          </p>
        ))}
      <p>
        <Link href={paths.journal}>{J.back}</Link>
      </p>
    </Screen>
  );
}
