// Writing or changing a journal entry: an optional prompt, free text, feelings and trigger tags. A failed
// save keeps every word on screen; words not yet saved are kept as a draft (journal:new, or journal:<id>
// for a change) until saved or discarded; deleting asks first.
import { useRef, useState } from 'preact/hooks';
import { feelings, type Feeling } from '@ebb/content';
import { FeelingChips } from '../../components/feelings.tsx';
import { DraftNotice } from '../../components/draft-notice.tsx';
import { Field } from '../../components/field.tsx';
import { useDraft } from '../../components/use-draft.ts';
import { JOURNAL_LIMITS, journalPrompts, parseTags, type JournalEntry, type JournalPrompt } from '@ebb/core';
import { Link } from '../../components/link.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { SaveNote } from '../../components/save-note.tsx';
import { Screen } from '../../components/screen.tsx';
import { useRecord } from '../../components/use-record.ts';
import { useSave } from '../../components/use-save.ts';
import { md } from '../../i18n/diary-messages.ts';
import { journalPath, navigate, paths } from '../../router.ts';
import { deleteEntry, loadEntry, saveEntry } from '../../state/journal-state.ts';

const J = md.journal;

/** The form as a draft's fields: everything as text. */
const asFields = (prompt: JournalPrompt | null, text: string, chosen: readonly Feeling[], tags: string) => ({
  prompt: prompt ?? '',
  text,
  feelings: chosen.join(','),
  tags,
});
const isPrompt = (p: string | undefined): p is JournalPrompt => (journalPrompts as readonly string[]).includes(p ?? '');
const isFeeling = (f: string): f is Feeling => (feelings as readonly string[]).includes(f);

export function JournalEntryScreen({ entryId }: { entryId: string | null }) {
  // A new entry, once saved, moves to its own address: that is still this screen, with its words, not read again.
  const created = useRef<string | null>(null);
  const reading = entryId === created.current ? null : entryId;
  const stored = useRecord(() => (reading ? loadEntry(reading).then((entry) => entry ?? null) : Promise.resolve(null)), [reading]);
  if (reading && stored.status === 'loaded' && stored.value === null) {
    return (
      <Screen title={J.editTitle}>
        <p>{J.notFound}</p>
        <p>
          <Link href={paths.journal}>{J.back}</Link>
        </p>
      </Screen>
    );
  }
  return (
    <Screen title={entryId ? J.editTitle : J.newTitle}>
      <Loaded record={stored}>{(entry) => <EntryEditor entryId={entryId} stored={entry} onCreated={(id) => (created.current = id)} />}</Loaded>
    </Screen>
  );
}

interface EntryEditorProps {
  entryId: string | null;
  stored: JournalEntry | null;
  onCreated: (id: string) => void;
}

function EntryEditor({ entryId, stored, onCreated }: EntryEditorProps) {
  const [loaded, setLoaded] = useState(stored);
  const [prompt, setPrompt] = useState<JournalPrompt | null>(stored?.prompt ?? null);
  const [text, setText] = useState(stored?.text ?? '');
  const [chosen, setChosen] = useState<Feeling[]>(stored?.feelings ?? []);
  const [tags, setTags] = useState(stored?.triggers.join(', ') ?? '');
  const [problem, setProblem] = useState('');
  const saving = useSave();
  const [confirming, setConfirming] = useState(false);

  const fill = (f: Record<string, string | undefined>) => {
    setPrompt(isPrompt(f.prompt) ? f.prompt : null);
    setText(f.text ?? '');
    setChosen((f.feelings ?? '').split(',').filter(isFeeling));
    setTags(f.tags ?? '');
  };
  const saved = loaded ? asFields(loaded.prompt, loaded.text, loaded.feelings, loaded.triggers.join(', ')) : asFields(null, '', [], '');
  const typed = asFields(prompt, text, chosen, tags);
  // A change is put back over the entry as read; a new entry's words over the empty form.
  const draft = useDraft(entryId ? `journal:${entryId}` : 'journal:new', JSON.stringify(typed) === JSON.stringify(saved) ? null : typed, {
    restore: fill,
    reset: () => fill(saved),
  });

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
    if (!(await saving.save(() => saveEntry(id, entry)))) return;
    void draft.saved();
    setLoaded(entry);
    fill(asFields(entry.prompt, entry.text, entry.feelings, entry.triggers.join(', '))); // as saved: trimmed, tags tidied
    // A new entry moves to its own address; the screen stays, so what was typed and "Saved." stay too.
    if (!entryId) {
      onCreated(id);
      navigate(journalPath(id));
    }
  };

  const remove = async () => {
    if (!entryId || !(await saving.save(() => deleteEntry(entryId)))) return;
    void draft.saved();
    navigate(paths.journal);
  };

  return (
    <>
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
        <DraftNotice draft={draft} />
        <SaveNote id="journal-saving" saving={saving} failed={md.saveFailed} saved={J.saved} />
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
    </>
  );
}
