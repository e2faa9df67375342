// One form's draft while the form is on screen: reads what was left last time and puts it back, then keeps
// what the person types. Nothing is written before the stored draft is read, so an empty form just opened
// never overwrites it. Discarding puts the form back and offers Undo; saving the form removes the draft.
import type { DraftFields } from '@ebb/core';
import type { Drafts } from './drafts.ts';

/** What the form does with a draft: put its words back, or go back to how it was without them. */
export interface DraftForm {
  restore(fields: DraftFields): void;
  reset(): void;
}

/** The same fields always give the same text, whatever order the form listed them in. */
const textOf = (fields: DraftFields | null): string =>
  fields ? JSON.stringify(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : 'null';

export class DraftSession {
  /** The stored draft has been read: from now on, what is typed is kept. */
  ready = false;
  /** The words on screen came back from a draft and are not saved yet. */
  restored = false;
  /** The words just discarded, while Undo is offered. */
  discarded: DraftFields | null = null;
  /** Why the draft could not be read or kept; undefined when all is well. */
  problem: unknown = undefined;
  private current: DraftFields | null = null;
  /** What is stored (or about to be), as text. */
  private kept = 'null';
  private ended = false;
  /**
   * Words were just put back: until the form shows them, an update saying "nothing unsaved" comes from a
   * render before they were put back, and must not remove the draft.
   */
  private restoring = false;

  constructor(
    private readonly drafts: Drafts,
    readonly key: string,
    private readonly form: DraftForm,
    private readonly changed: () => void,
  ) {}

  /** Reads the stored draft and puts it back into the form. */
  async start(): Promise<void> {
    let fields: DraftFields | undefined;
    try {
      fields = await this.drafts.load(this.key);
    } catch (error) {
      this.problem = error;
    }
    if (this.ended) return;
    this.ready = true;
    if (fields) {
      this.kept = textOf(fields);
      this.restored = true;
      this.current = fields;
      this.restoring = true;
      this.form.restore(fields);
    } else {
      this.update(this.current); // anything typed while the draft was being read
    }
    this.changed();
  }

  /** The form's words now; null when nothing is unsaved (empty, or the same as what is saved). */
  update(fields: DraftFields | null): void {
    if (this.restoring && !fields) return;
    this.restoring = false;
    this.current = fields;
    if (!this.ready || this.ended) return;
    if (fields && this.discarded) {
      this.discarded = null; // typing again: Undo would overwrite the new words
      this.changed();
    }
    const text = textOf(fields);
    if (text === this.kept) return;
    this.kept = text;
    if (!fields) this.restored = false;
    this.drafts.keep(this.key, fields, (error) => this.report(error));
  }

  /** The person chose "Discard draft": the form goes back, the draft is removed, and Undo is offered. */
  discard(): void {
    if (!this.current || this.ended) return;
    this.discarded = this.current;
    this.current = null;
    this.restored = false;
    this.kept = 'null';
    this.form.reset();
    this.drafts.discard(this.key).then(
      () => this.report(undefined),
      (error: unknown) => this.report(error),
    );
    this.changed();
  }

  /** Puts the discarded words back; the form's next update keeps them as the draft again. */
  undo(): void {
    const fields = this.discarded;
    if (!fields || this.ended) return;
    this.discarded = null;
    this.restoring = true;
    this.form.restore(fields);
    this.changed();
  }

  /** The form was saved: its draft is no longer needed. Call it before the form is emptied or moved on. */
  async saved(): Promise<void> {
    this.restored = false;
    this.discarded = null;
    this.kept = 'null';
    try {
      await this.drafts.discard(this.key);
      this.report(undefined);
    } catch (error) {
      this.report(error);
    }
  }

  /** The form is leaving the screen: what is waiting is written now. */
  end(): void {
    this.ended = true;
    void this.drafts.flush(this.key);
  }

  private report(error: unknown): void {
    if (this.ended || this.problem === error) return;
    this.problem = error;
    this.changed();
  }
}
