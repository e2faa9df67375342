// Drafts as the person types: written once typing pauses, in order, at once when asked, removed when saved
// or discarded, sealed like every record, and sealed then let go of when Ebb locks.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftRecord, EncryptedStore, generateVaultKey, MemoryBackend, type Store } from '@ebb/core';
import { DRAFT_DELAY_MS, Drafts } from './drafts.ts';

let backend: MemoryBackend;
let store: Store;

beforeEach(async () => {
  backend = new MemoryBackend();
  store = new EncryptedStore(backend, await generateVaultKey());
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

/** Lets the timers and the writes they start finish. */
const settle = () => vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS + 1);

describe('Drafts', () => {
  it('writes once typing pauses, only the latest words, sealed', async () => {
    const drafts = new Drafts(() => Promise.resolve(store));
    const report = vi.fn();
    drafts.keep('journal:new', { text: 'I' }, report);
    drafts.keep('journal:new', { text: 'I walked' }, report);
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS - 50);
    expect(await backend.list('draft')).toEqual([]);
    await settle();
    await vi.waitFor(() => expect(report).toHaveBeenCalledOnce());
    expect((await store.get(draftRecord, 'journal:new'))?.fields).toEqual({ text: 'I walked' });
    expect(report).toHaveBeenCalledWith(undefined);
    const [sealed] = await backend.list('draft');
    expect(new TextDecoder('latin1').decode(sealed?.envelope)).not.toContain('walked');
  });

  it('gives what is waiting before it is written, and what is stored after', async () => {
    const drafts = new Drafts(() => Promise.resolve(store));
    drafts.keep('goal:new', { title: 'Sleep' }, () => undefined);
    expect(await drafts.load('goal:new')).toEqual({ title: 'Sleep' });
    await settle();
    await vi.waitFor(async () => expect(await new Drafts(() => Promise.resolve(store)).load('goal:new')).toEqual({ title: 'Sleep' }));
    expect(await drafts.load('plan-part:reasons')).toBeUndefined();
  });

  it('writes at once when flushed, and a later removal is never overtaken by the earlier write', async () => {
    const drafts = new Drafts(() => Promise.resolve(store));
    drafts.keep('journal:new', { text: 'first' }, () => undefined);
    void drafts.flushAll();
    const removed = drafts.discard('journal:new');
    await removed;
    await settle();
    expect(await store.get(draftRecord, 'journal:new')).toBeUndefined();
  });

  it('tells the form when a draft could not be kept, without throwing', async () => {
    const full = new DOMException('full', 'QuotaExceededError');
    const failing: Store = {
      ...store,
      get: store.get.bind(store),
      list: store.list.bind(store),
      delete: store.delete.bind(store),
      put: () => Promise.reject(full),
    };
    const drafts = new Drafts(() => Promise.resolve(failing));
    const report = vi.fn();
    drafts.keep('journal:new', { text: 'words' }, report);
    await settle();
    await vi.waitFor(() => expect(report).toHaveBeenCalledWith(full));
  });

  it('on locking, seals what is waiting with the store it had, then holds nothing', async () => {
    const drafts = new Drafts(() => Promise.resolve(store));
    await drafts.load('journal:new'); // the store is in use
    drafts.keep('journal:new', { text: 'just typed' }, () => undefined);
    drafts.forget(true);
    await vi.waitFor(async () => expect((await store.get(draftRecord, 'journal:new'))?.fields).toEqual({ text: 'just typed' }));
    expect(JSON.stringify(drafts)).not.toContain('just typed');
    expect(Object.values(drafts).some((v) => v === store)).toBe(false);
  });

  it('after everything is deleted, writes nothing back', async () => {
    const drafts = new Drafts(() => Promise.resolve(store));
    await drafts.load('journal:new');
    drafts.keep('journal:new', { text: 'gone' }, () => undefined);
    drafts.forget(false);
    await settle();
    expect(await backend.list('draft')).toEqual([]);
  });
});
