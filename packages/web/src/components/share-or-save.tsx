// Share or save one thing (the plan, the support card, a summary): says first exactly what would go and how,
// then offers the share sheet where the browser has one, and always a download (and, for text, a copy).
// Closing the share sheet is not a failure; any other failure is said beside the buttons, and saving the
// file stays offered.
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { format } from '../i18n/messages.ts';
import { msh } from '../i18n/share-messages.ts';
import { copyShareable, saveShareable, share, shareWay, type Shareable } from '../state/share.ts';

interface ShareOrSaveProps {
  id: string;
  /** What is shared, as the sentences name it: "your plan", "this card", "this summary". */
  what: string;
  fileName: string;
  type: string;
  title: string;
  /** Builds the contents when a button is pressed, so they are always what the screen shows then. */
  contents: () => Pick<Shareable, 'content' | 'text'>;
  /** Offer "Copy the text" (for things people paste into a message; not for data files). */
  copy?: boolean;
  /** Shown first under the heading: a choice that changes what is shared (the summary's file format). */
  children?: ComponentChildren;
}

type Note = { text: string; problem: boolean };

const reasonOf = (error: unknown): string => {
  const name = error instanceof DOMException ? error.name : '';
  return name === 'NotAllowedError' || name === 'DataError' ? msh.reasons[name] : msh.reasons.other;
};

export function ShareOrSave({ id, what, fileName, type, title, contents, copy = false, children }: ShareOrSaveProps) {
  const [note, setNote] = useState<Note>({ text: '', problem: false });
  const item = (): Shareable => ({ fileName, type, title, ...contents() });
  // Asked about a file of this name and type: what the browser takes does not depend on what is in it.
  const way = useMemo(() => shareWay({ fileName, type, title, content: '', text: '' }), [fileName, type, title]);
  const noteId = `${id}-note`;
  const said = (text: string, problem = false) => setNote({ text, problem });

  const onShare = async () => {
    if (way === 'none') return;
    said('');
    try {
      said((await share(item(), way)) === 'shared' ? msh.shared : msh.cancelled);
    } catch (error) {
      said(format(msh.failed, { reason: reasonOf(error) }), true);
    }
  };
  const onSave = () => {
    try {
      saveShareable(item());
      said(format(msh.saved, { file: fileName }));
    } catch (error) {
      said(format(msh.saveFailed, { reason: error instanceof Error ? error.message : String(error) }), true);
    }
  };
  const onCopy = async () => {
    const copied = await copyShareable(item());
    said(copied ? msh.copied : msh.copyFailed, !copied);
  };

  return (
    <section class="share no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{msh.title}</h2>
      {children}
      <p id={`${id}-how`}>{format(way === 'file' ? msh.wayFile : way === 'text' ? msh.wayText : msh.wayNone, { what, file: fileName })}</p>
      {way !== 'none' && <p class="small">{msh.once}</p>}
      <p class="actions">
        {way !== 'none' && (
          <button
            type="button"
            class="button button-primary"
            aria-describedby={note.problem ? `${id}-how ${noteId}` : `${id}-how`}
            onClick={() => void onShare()}
          >
            {msh.share}
          </button>
        )}
        <button type="button" class="button" onClick={onSave}>
          {msh.save}
        </button>
        {copy && (
          <button type="button" class="button" onClick={() => void onCopy()}>
            {msh.copy}
          </button>
        )}
      </p>
      <p id={noteId} role="status" class={note.problem ? 'status problem' : 'status'}>
        {note.text}
      </p>
    </section>
  );
}
