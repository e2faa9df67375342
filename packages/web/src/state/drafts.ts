// Drafts as the person types (records/draft.ts): each form's unsaved words are written, encrypted, a moment
// after the last change, at once when asked (leaving the screen, the page hidden or closed), and when Ebb
// locks, after which nothing decrypted is held here. Writes for one form go in order, so an older draft
// never lands after a newer one.
import { draftRecord, type DraftFields, type Store } from '@ebb/core';
import { getStore, vaultStatus } from './vault-state.ts';
import { forgetOnLock } from './forget-on-lock.ts';

/** Long enough not to write on every key, short enough that little is waiting when the page goes. */
export const DRAFT_DELAY_MS = 300;

/** Hears how a draft's write went: undefined when it was kept, else the error. */
export type DraftReport = (error: unknown) => void;

interface Waiting {
  fields: DraftFields | null;
  timer: ReturnType<typeof setTimeout>;
  report: DraftReport;
}

export class Drafts {
  private readonly waiting = new Map<string, Waiting>();
  private readonly writing = new Map<string, Promise<void>>();
  /** The store last used: locking takes the way to it away, and what is waiting must still be sealed. */
  private store: Store | undefined;

  constructor(
    private readonly openStore: () => Promise<Store>,
    private readonly delay = DRAFT_DELAY_MS,
  ) {}

  /** The draft for `key`: what is about to be written, else what is stored. */
  async load(key: string): Promise<DraftFields | undefined> {
    const waiting = this.waiting.get(key);
    if (waiting) return waiting.fields ?? undefined;
    await this.writing.get(key)?.catch(() => undefined);
    return (await (await this.open()).get(draftRecord, key))?.fields;
  }

  /** Keeps `fields` as the draft for `key` (null: there is none) once typing pauses. */
  keep(key: string, fields: DraftFields | null, report: DraftReport): void {
    const waiting = this.waiting.get(key);
    if (waiting) clearTimeout(waiting.timer);
    this.waiting.set(key, { fields, report, timer: setTimeout(() => void this.flush(key), this.delay) });
  }

  /** Writes the draft waiting for `key` now. Never rejects: a failure goes to the form's report. */
  async flush(key: string): Promise<void> {
    const waiting = this.waiting.get(key);
    if (!waiting) return;
    clearTimeout(waiting.timer);
    this.waiting.delete(key);
    await this.write(key, waiting.fields).then(() => waiting.report(undefined), waiting.report);
  }

  /** Writes every waiting draft now (the page is being hidden or left). */
  async flushAll(): Promise<void> {
    await Promise.all([...this.waiting.keys()].map((key) => this.flush(key)));
  }

  /** Removes the draft for `key`: its form was saved, or the person discarded it. Rejects if that fails. */
  discard(key: string): Promise<void> {
    const waiting = this.waiting.get(key);
    if (waiting) clearTimeout(waiting.timer);
    this.waiting.delete(key);
    return this.write(key, null);
  }

  /**
   * On locking: seals what is waiting with the store it had (unless everything was deleted), so nothing
   * typed is lost, then lets go of the words and the store.
   */
  forget(sealWaiting: boolean): void {
    const store = this.store;
    this.store = undefined;
    for (const [key, { fields, timer, report }] of this.waiting) {
      clearTimeout(timer);
      if (sealWaiting && store) void this.write(key, fields, store).then(() => report(undefined), report);
    }
    this.waiting.clear();
  }

  private async open(): Promise<Store> {
    this.store = await this.openStore();
    return this.store;
  }

  private write(key: string, fields: DraftFields | null, given?: Store): Promise<void> {
    const next = (this.writing.get(key) ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => {
        const store = given ?? (await this.open());
        if (fields) await store.put(draftRecord, key, { fields, updatedAt: Date.now() });
        else await store.delete(draftRecord, key);
      });
    this.writing.set(key, next);
    const settle = () => {
      if (this.writing.get(key) === next) this.writing.delete(key);
    };
    next.then(settle, settle);
    return next;
  }
}

/** The app's drafts, in the person's store. */
export const drafts = new Drafts(getStore);
forgetOnLock(() => drafts.forget(vaultStatus.peek() !== 'closed'));
