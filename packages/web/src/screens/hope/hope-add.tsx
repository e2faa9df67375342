// Adding to the hope box: a photo (made smaller on this device), a song or voice note, a message from someone
// or a reason. What does not fit is refused next to its control, saying why and by how much; the box and
// what the person chose or wrote stay as they were, so they can try again. Words typed and not yet added are
// kept as a draft (one per kind of thing), and come back when that kind is chosen again.
import { useEffect, useRef, useState } from 'preact/hooks';
import { HOPE_LIMITS, mediaBytes, toBase64, mediaKindOf, type HopeItem, type HopeItemKind, type HopeRefusal } from '@ebb/core';
import { DraftNotice } from '../../components/draft-notice.tsx';
import { Field } from '../../components/field.tsx';
import { useDraft } from '../../components/use-draft.ts';
import { format } from '../../i18n/messages.ts';
import { mh } from '../../i18n/hope-messages.ts';
import { describeStorageError } from '../../state/describe-storage-error.ts';
import { addHopeItem, type HopeEntry } from '../../state/hope-state.ts';
import { preparePhoto } from '../../state/prepare-photo.ts';
import { describeSize } from './describe-size.ts';

type Refusal = HopeRefusal | 'photo-file-too-large' | 'unreadable';

interface AddProps {
  entries: readonly HopeEntry[];
  onAdded: () => void;
}

export function HopeAdd({ entries, onAdded }: AddProps) {
  const [kind, setKind] = useState<HopeItemKind | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [from, setFrom] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState(false);
  const draft = useDraft(kind && `hope:${kind}`, text || from ? { text, from } : null, {
    restore: (f) => (setText(f.text ?? ''), setFrom(f.from ?? '')),
    reset: () => (setText(''), setFrom('')),
  });
  const fileInput = useRef<HTMLInputElement>(null);
  const wordsInput = useRef<HTMLTextAreaElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  /** Set once the person opens or closes the form, so the first render leaves focus where the screen put it. */
  const [moved, setMoved] = useState(false);
  // Focus follows the form: into its first field when it opens; back to this section's heading (with the
  // "Added" status just below it) when it closes, so keyboard and screen-reader users are never left on the page.
  useEffect(() => {
    if (!moved) return;
    if (kind === null) heading.current?.focus();
    else (kind === 'photo' || kind === 'audio' ? fileInput.current : wordsInput.current)?.focus();
  }, [kind, moved]);

  const open = (next: HopeItemKind | null) => {
    setMoved(true);
    setKind(next);
    setFile(null);
    setText('');
    setFrom('');
    setProblem('');
    setAdded(false);
  };

  /** Says what went wrong beside the control it is about, and takes focus there so it is heard. */
  const refuse = (said: string) => {
    setProblem(said);
    (kind === 'photo' || kind === 'audio' ? fileInput.current : wordsInput.current)?.focus();
  };
  const refusal = (reason: Refusal, size: number): string => {
    const limit = {
      'photo-too-large': describeSize(HOPE_LIMITS.imageBytes),
      'photo-file-too-large': describeSize(HOPE_LIMITS.imageFileBytes),
      'audio-too-large': describeSize(HOPE_LIMITS.audioBytes),
      'box-full': describeSize(HOPE_LIMITS.totalBytes),
      'too-many': String(HOPE_LIMITS.items),
      'not-supported': '',
      unreadable: '',
    }[reason];
    return format(mh.refused[reason], { size: describeSize(size), limit });
  };

  /** The item to keep and its media's size, or the refusal to say. */
  const build = async (): Promise<{ item: Omit<HopeItem, 'order' | 'createdAt'>; bytes: number } | string> => {
    if (kind === 'message' || kind === 'reason') {
      if (!text.trim()) return mh.add.noWords;
      return { item: { kind, text, from: kind === 'message' ? from : '', media: null }, bytes: 0 };
    }
    if (!file) return mh.add.noFile;
    const type = mediaKindOf(file.type);
    if (type !== kind) return refusal('not-supported', file.size);
    if (kind === 'audio') {
      if (file.size > HOPE_LIMITS.audioBytes) return refusal('audio-too-large', file.size);
      const bytes = new Uint8Array(await file.arrayBuffer());
      return { item: { kind, text, from: '', media: { type: file.type, data: toBase64(bytes) } }, bytes: bytes.length };
    }
    if (file.size > HOPE_LIMITS.imageFileBytes) return refusal('photo-file-too-large', file.size);
    const photo = await preparePhoto(file);
    if (!photo.ok) return refusal('unreadable', file.size);
    return { item: { kind: 'photo', text, from: '', media: { type: photo.type, data: toBase64(photo.bytes) } }, bytes: photo.bytes.length };
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem('');
    try {
      const built = await build();
      if (typeof built === 'string') return refuse(built);
      const refused = await addHopeItem(built.item, built.bytes);
      if (refused) return refuse(refusal(refused, refused === 'box-full' ? mediaBytes(entries.map((e) => e.value)) + built.bytes : built.bytes));
      await draft.saved();
      open(null);
      setAdded(true);
      onAdded();
    } catch (error) {
      refuse(format(mh.add.saveFailed, { reason: describeStorageError(error) }));
    } finally {
      setBusy(false);
    }
  };

  const problemShown = problem || undefined;
  return (
    <section aria-labelledby="hope-add">
      <h2 id="hope-add" ref={heading} tabIndex={-1}>
        {mh.add.heading}
      </h2>
      <p role="status" class="status">
        {added ? mh.add.added : ''}
      </p>
      {kind === null ? (
        <p class="actions">
          {(['photo', 'audio', 'message', 'reason'] as const).map((k) => (
            <button key={k} type="button" class="button" onClick={() => open(k)}>
              {mh.add[k]}
            </button>
          ))}
        </p>
      ) : (
        <form class="panel" onSubmit={(e) => void submit(e)} noValidate>
          <h3>{mh.add[kind]}</h3>
          {(kind === 'photo' || kind === 'audio') && (
            <Field
              id="hope-file"
              label={kind === 'photo' ? mh.add.choosePhoto : mh.add.chooseAudio}
              hint={kind === 'photo' ? mh.add.photoHint : mh.add.audioHint}
              problem={problemShown}
            >
              {(control) => (
                <input
                  {...control}
                  ref={fileInput}
                  type="file"
                  accept={kind === 'photo' ? 'image/*' : 'audio/*'}
                  onChange={(e) => {
                    setFile(e.currentTarget.files?.[0] ?? null);
                    setProblem('');
                  }}
                />
              )}
            </Field>
          )}
          <Field
            id="hope-words"
            label={kind === 'message' ? mh.add.messageText : kind === 'reason' ? mh.add.reasonText : mh.add.caption}
            problem={kind === 'message' || kind === 'reason' ? problemShown : undefined}
          >
            {(control) => (
              <textarea
                {...control}
                ref={wordsInput}
                rows={kind === 'message' || kind === 'reason' ? 4 : 2}
                maxLength={HOPE_LIMITS.text}
                value={text}
                onInput={(e) => setText(e.currentTarget.value)}
              />
            )}
          </Field>
          {kind === 'message' && (
            <Field id="hope-from" label={mh.add.messageFrom}>
              {(control) => (
                <input {...control} type="text" autocomplete="off" maxLength={HOPE_LIMITS.from} value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
              )}
            </Field>
          )}
          <p class="actions">
            <button type="submit" class="button button-primary" aria-disabled={busy ? 'true' : undefined}>
              {busy ? mh.add.saving : mh.add.save}
            </button>
            <button type="button" class="button button-quiet" onClick={() => open(null)}>
              {mh.add.cancel}
            </button>
          </p>
          {/* After the actions, so Tab from the last field reaches Add before Discard. */}
          <DraftNotice draft={draft} />
        </form>
      )}
    </section>
  );
}
