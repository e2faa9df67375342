// One form's draft (what useDraft runs): put back when the form opens, never overwritten by the empty form
// before it is read, kept as the person types, removed on save, and discarded with Undo.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftRecord, EncryptedStore, generateVaultKey, MemoryBackend, type DraftFields, type Store } from '@ebb/core';
import { DraftSession } from './draft-session.ts';
import { Drafts } from './drafts.ts';

let store: Store;
let drafts: Drafts;

beforeEach(async () => {
  store = new EncryptedStore(new MemoryBackend(), await generateVaultKey());
  drafts = new Drafts(() => Promise.resolve(store), 0);
});
afterEach(() => vi.useRealTimers());

/** A form with one text field, as a screen would hold it. */
function form(key = 'journal:new') {
  const shown = { text: '' };
  const fields = (): DraftFields | null => (shown.text ? { ...shown } : null);
  const changed = vi.fn();
  const session = new DraftSession(drafts, key, { restore: (f) => (shown.text = f.text ?? ''), reset: () => (shown.text = '') }, changed);
  const type = (text: string) => {
    shown.text = text;
    session.update(fields());
  };
  return { shown, session, type, changed };
}

const stored = async (key = 'journal:new') => (await store.get(draftRecord, key))?.fields;

describe('DraftSession', () => {
  it('keeps what is typed and puts it back when the form opens again', async () => {
    const first = form();
    await first.session.start();
    first.type('Walked by the river');
    first.session.end();
    await vi.waitFor(async () => expect(await stored()).toEqual({ text: 'Walked by the river' }));

    const again = form();
    expect(again.shown.text).toBe('');
    await again.session.start();
    expect(again.shown.text).toBe('Walked by the river');
    expect(again.session.restored).toBe(true);
  });

  it('never lets the empty form overwrite the draft before it is read', async () => {
    await store.put(draftRecord, 'journal:new', { fields: { text: 'from before' }, updatedAt: 1 });
    const opened = form();
    opened.session.update(null); // the first render, before the draft is read
    await opened.session.start();
    await new Promise((r) => setTimeout(r, 20));
    expect(await stored()).toEqual({ text: 'from before' });
    expect(opened.shown.text).toBe('from before');
  });

  it('puts words back even when a render from before says the form is empty', async () => {
    await store.put(draftRecord, 'journal:new', { fields: { text: 'from before' }, updatedAt: 1 });
    const opened = form();
    await opened.session.start();
    opened.session.update(null); // an effect from the render before the words were put back
    expect(opened.session.restored).toBe(true);
    opened.session.update({ text: 'from before' }); // the render that shows them
    await drafts.flushAll();
    expect(await stored()).toEqual({ text: 'from before' });
    opened.type('');
    await drafts.flushAll();
    expect(await stored()).toBeUndefined();
  });

  it('keeps words typed while the draft was being read', async () => {
    const opened = form();
    opened.type('quick');
    await opened.session.start();
    opened.session.end();
    await vi.waitFor(async () => expect(await stored()).toEqual({ text: 'quick' }));
  });

  it('removes the draft once the form is saved, and an emptied form does not bring it back', async () => {
    const opened = form();
    await opened.session.start();
    opened.type('Saved words');
    await drafts.flushAll();
    await opened.session.saved();
    opened.type('');
    opened.session.end();
    await new Promise((r) => setTimeout(r, 20));
    expect(await stored()).toBeUndefined();
  });

  it('discards on request, puts the form back, and Undo brings the words back and keeps them again', async () => {
    const opened = form();
    await opened.session.start();
    opened.type('Maybe not');
    await drafts.flushAll();
    opened.session.discard();
    expect(opened.shown.text).toBe('');
    expect(opened.session.discarded).toEqual({ text: 'Maybe not' });
    await vi.waitFor(async () => expect(await stored()).toBeUndefined());

    opened.session.undo();
    expect(opened.shown.text).toBe('Maybe not');
    expect(opened.session.discarded).toBeNull();
    opened.session.update({ text: 'Maybe not' }); // the form's next render
    await drafts.flushAll();
    expect(await stored()).toEqual({ text: 'Maybe not' });
  });

  it('stops offering Undo once the person types again', async () => {
    const opened = form();
    await opened.session.start();
    opened.type('One');
    opened.session.discard();
    opened.type('Two');
    expect(opened.session.discarded).toBeNull();
    opened.session.undo();
    expect(opened.shown.text).toBe('Two');
  });

  it('says why when the draft cannot be kept', async () => {
    const full = new DOMException('full', 'QuotaExceededError');
    store = { get: store.get.bind(store), list: store.list.bind(store), delete: store.delete.bind(store), put: () => Promise.reject(full) };
    const opened = form();
    await opened.session.start();
    opened.type('words');
    await drafts.flushAll();
    expect(opened.session.problem).toBe(full);
    expect(opened.changed).toHaveBeenCalled();
  });

  it('keeps each form under its own key', async () => {
    const journal = form('journal:new');
    const goal = form('goal:new');
    await Promise.all([journal.session.start(), goal.session.start()]);
    journal.type('a journal line');
    goal.type('a goal');
    await drafts.flushAll();
    expect(await stored('journal:new')).toEqual({ text: 'a journal line' });
    expect(await stored('goal:new')).toEqual({ text: 'a goal' });
  });
});
