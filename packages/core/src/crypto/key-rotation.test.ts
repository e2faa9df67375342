// Key rotation: every record moves to the new key, the old key and the old device secret become useless,
// and a rotation stopped at any write (a closed page, a crash) resumes on the next opening with nothing lost.
import { describe, expect, it } from 'vitest';
import { open, seal } from './envelope.ts';
import { fromUtf8, utf8 } from './bytes.ts';
import { openKeys } from './open-keys.ts';
import { rotateVaultKey, type DeviceSecrets, type FinalKeys, type KeyEntries, type RotationJournal, type StoredKeys } from './key-rotation.ts';
import { generateVaultKey } from './vault-key.ts';
import { createVaultLock, unlockWithPasscode, unlockWithRecoveryKey } from './vault-lock.ts';
import { EncryptedStore } from '../store/encrypted-store.ts';
import type { KeyRing } from '../store/key-ring.ts';
import { MemoryAtRest } from '../store/memory-at-rest.ts';
import { AtRestBackend } from '../store/at-rest-backend.ts';
import { atRestKeys } from '../store/at-rest-keys.ts';
import { openAtRest } from '../store/at-rest.ts';
import type { LegacyMove } from '../store/legacy-layout.ts';
import { helpContactRecord } from '../records/help-contact.ts';
import type { ResealChange } from '../store/reseal.ts';
import type { SealedRecord } from '../store/store.ts';

class Crash extends Error {}

/** Counts every write (records, journal, device secrets) and fails the one numbered `failAt`, like a killed page. */
class Writes {
  count = 0;
  constructor(private readonly failAt = Infinity) {}
  tick() {
    if (this.count++ === this.failAt) throw new Crash('killed');
  }
}

/** The key entries and records in memory, as IndexedDB keeps them (each method one transaction). */
class MemoryKeyEntries extends MemoryAtRest implements KeyEntries {
  keys: StoredKeys = {};
  /** Records in the layout from before at-rest names, by kind and id. */
  legacy = new Map<string, SealedRecord>();
  constructor(public writes = new Writes()) {
    super();
  }
  async load() {
    return structuredClone(this.keys);
  }
  async create(final: FinalKeys, epoch: string) {
    this.writes.tick();
    if (this.keys.final || this.keys.rotation) return false;
    this.keys = { final, epoch };
    return true;
  }
  async begin(journal: RotationJournal) {
    this.writes.tick();
    this.keys = { final: this.keys.final, rotation: structuredClone(journal), epoch: journal.epoch };
  }
  async finish(final: FinalKeys) {
    this.writes.tick();
    this.keys = { final, epoch: this.keys.epoch };
  }
  async readPage(after: string | null, limit: number) {
    return this.getMany((await this.names()).filter((name) => after === null || name > after).slice(0, limit));
  }
  async writePage(changes: readonly ResealChange[], progress: string) {
    this.writes.tick();
    for (const { from, to } of changes) {
      const stored = await this.get(from.name);
      if (!stored || stored.join() !== from.box.join()) continue;
      await this.write((await this.get(to.name)) ? [] : [to], [from.name], { replace: false });
    }
    if (this.keys.rotation) this.keys.rotation.progress = progress;
  }
  async readLegacyPage(limit: number) {
    return [...this.legacy.values()].slice(0, limit);
  }
  async moveLegacyPage(moves: readonly LegacyMove[]) {
    this.writes.tick();
    for (const { from, to } of moves) {
      const address = JSON.stringify([from.type, from.id]);
      if (this.legacy.get(address)?.envelope.join() !== from.envelope.join()) continue;
      this.legacy.delete(address);
      if (!(await this.get(to.name))) await this.write([to], [], { replace: false });
    }
  }
}

/** The records as callers see them, through the at-rest layout. */
const records = (entries: MemoryKeyEntries, key: CryptoKey | KeyRing) => new AtRestBackend(entries, key);

/** How many stored records the at-rest keys of `key` open. */
async function storedUnder(entries: MemoryKeyEntries, key: CryptoKey): Promise<number> {
  const keys = await atRestKeys(key);
  let count = 0;
  for (const stored of await entries.all())
    if (
      await openAtRest(keys, stored).then(
        () => true,
        () => false,
      )
    )
      count++;
  return count;
}

class MemorySecrets implements DeviceSecrets {
  slots: { current?: Uint8Array<ArrayBuffer> | undefined; next?: Uint8Array<ArrayBuffer> | undefined } = {};
  constructor(public writes = new Writes()) {}
  async read() {
    return { ...this.slots };
  }
  async write(slot: 'current' | 'next', secret: Uint8Array<ArrayBuffer> | null) {
    this.writes.tick();
    this.slots = { ...this.slots, [slot]: secret?.slice() };
  }
}

const contact = (i: number) => ({ name: `Person ${i}`, phone: '', note: `note ${i}`, createdAt: i });

async function opensAll(entries: MemoryKeyEntries, key: CryptoKey, count: number) {
  const store = new EncryptedStore(records(entries, key), key);
  const listed = await store.list(helpContactRecord);
  expect(listed.map((r) => r.value).sort((a, b) => a.createdAt - b.createdAt)).toEqual(Array.from({ length: count }, (_, i) => contact(i)));
}

async function seeded(count: number, writes = new Writes()) {
  const entries = new MemoryKeyEntries(writes);
  const secrets = new MemorySecrets(writes);
  const opened = await openKeys(entries, secrets);
  if (opened.state !== 'open') throw new Error('expected a fresh vault to open');
  const store = new EncryptedStore(records(entries, opened.key), opened.key);
  for (let i = 0; i < count; i++) await store.put(helpContactRecord, `c${String(i).padStart(4, '0')}`, contact(i));
  return { entries, secrets, key: opened.key };
}

const opensWith = async (key: CryptoKey, r: SealedRecord) =>
  open(key, r, r.envelope).then(
    () => true,
    () => false,
  );

// Each test derives Argon2id keys and seals hundreds of records twice (envelope and box): generous time, so
// a machine busy with other work does not fail them.
const SLOW = { timeout: 60_000 };

describe('key rotation', SLOW, () => {
  it('sets a passcode: a new key re-seals every record, the old key opens none, the old device secret is gone', async () => {
    const { entries, secrets, key: oldKey } = await seeded(600);
    const oldSecret = secrets.slots.current!;
    const passcode = { passcode: 'tide and moon', kind: 'passphrase' as const };
    const rotated = await rotateVaultKey(entries, secrets, oldKey, passcode, () => undefined);
    expect(rotated.outcome).toEqual({ resealed: 600, unreadable: 0 });
    await opensAll(entries, rotated.key, 600);
    expect(await storedUnder(entries, oldKey)).toBe(0);
    for (const r of await records(entries, rotated.key).listAll()) expect(await opensWith(oldKey, r)).toBe(false);
    expect(secrets.slots.next).toBeUndefined();
    expect(secrets.slots.current!.join()).not.toBe(oldSecret.join());
    expect(entries.keys.rotation).toBeUndefined();

    // The next opening finds only the lock; the new passcode and the new recovery key open the records.
    const opened = await openKeys(entries, secrets);
    if (opened.state !== 'locked') throw new Error('expected the lock');
    await opensAll(entries, await unlockWithPasscode(opened.lock, 'tide and moon'), 600);
    await opensAll(entries, await unlockWithRecoveryKey(opened.lock, rotated.recoveryKey!), 600);
  });

  it('the old key is useless for anything written after the rotation began', async () => {
    const { entries, secrets, key: oldKey } = await seeded(3);
    const ring: KeyRing = { current: oldKey };
    const store = new EncryptedStore(records(entries, ring), ring);
    await rotateVaultKey(entries, secrets, oldKey, null, (newKey) => {
      ring.previous = ring.current;
      ring.current = newKey;
    });
    ring.previous = undefined;
    await store.put(helpContactRecord, 'later', contact(99));
    expect(await storedUnder(entries, oldKey)).toBe(0);
    expect(await opensWith(oldKey, (await records(entries, ring).get('help-contact', 'later'))!)).toBe(false);
  });

  it('keeps writes made while the rotation runs, sealed under the new key', async () => {
    const { entries, secrets, key: oldKey } = await seeded(300);
    const ring: KeyRing = { current: oldKey };
    const store = new EncryptedStore(records(entries, ring), ring);
    let pages = 0;
    const rotated = await rotateVaultKey(
      entries,
      secrets,
      oldKey,
      null,
      (newKey) => Object.assign(ring, { previous: ring.current, current: newKey }),
      () => {
        // Between pages: change a record not yet reached and one already done, as the person might.
        if (pages++ === 0) void store.put(helpContactRecord, 'c0299', { ...contact(299), note: 'changed' });
      },
    );
    await store.put(helpContactRecord, 'c0000', { ...contact(0), note: 'changed too' });
    const all = await new EncryptedStore(records(entries, rotated.key), rotated.key).list(helpContactRecord);
    expect(all).toHaveLength(300);
    expect(all.find((r) => r.id === 'c0299')?.value.note).toBe('changed');
    expect(all.find((r) => r.id === 'c0000')?.value.note).toBe('changed too');
  });

  it('leaves a damaged record as it was and counts it', async () => {
    const { entries, secrets, key } = await seeded(2);
    await entries.write([{ name: 'broken', box: Uint8Array.of(1, ...new Array<number>(40).fill(7)) }], [], { replace: false });
    const rotated = await rotateVaultKey(entries, secrets, key, null, () => undefined);
    expect(rotated.outcome).toEqual({ resealed: 2, unreadable: 1 });
    expect((await entries.get('broken'))![1]).toBe(7);
  });

  it('moves a profile from before key rotation (the vault key stored as it is) to a new key on first opening', async () => {
    const entries = new MemoryKeyEntries();
    const secrets = new MemorySecrets();
    const legacyKey = await generateVaultKey();
    await new EncryptedStore(records(entries, legacyKey), legacyKey).put(helpContactRecord, 'a', contact(0));
    entries.keys = { legacyKey };
    const opened = await openKeys(entries, secrets);
    if (opened.state !== 'open') throw new Error('expected open');
    expect(entries.keys.legacyKey).toBeUndefined();
    expect(await storedUnder(entries, legacyKey)).toBe(0);
    expect(await opensWith(legacyKey, (await records(entries, opened.key).get('help-contact', 'a'))!)).toBe(false);
    await opensAll(entries, opened.key, 1);
  });

  it('finds a lock from before key rotation, and the first rotation after unlocking retires it and its key', async () => {
    const entries = new MemoryKeyEntries();
    const secrets = new MemorySecrets();
    const legacyKey = await generateVaultKey();
    await new EncryptedStore(records(entries, legacyKey), legacyKey).put(helpContactRecord, 'a', contact(0));
    entries.keys = { legacyLock: (await createVaultLock(legacyKey, 'old harbour', 'passphrase')).lock };
    const opened = await openKeys(entries, secrets);
    if (opened.state !== 'locked' || !opened.legacy) throw new Error('expected the legacy lock');
    const unlocked = await unlockWithPasscode(opened.lock, 'old harbour');
    const rotated = await rotateVaultKey(entries, secrets, unlocked, { passcode: 'old harbour', kind: 'passphrase' }, () => undefined);
    expect(entries.keys.legacyLock).toBeUndefined();
    const reopened = await openKeys(entries, secrets);
    if (reopened.state !== 'locked' || reopened.legacy) throw new Error('expected the new lock');
    await opensAll(entries, await unlockWithRecoveryKey(reopened.lock, rotated.recoveryKey!), 1);
    expect(await storedUnder(entries, legacyKey)).toBe(0);
  });
});

describe('a rotation stopped at any write resumes on the next opening', SLOW, () => {
  const RECORDS = 120;
  const PAGE_WRITES = Math.ceil(RECORDS / 250);
  // Writes of one rotation: current secret exists, so: next slot, begin, pages, finish, current, next.
  const ROTATION_WRITES = 1 + 1 + PAGE_WRITES + 1 + 2;

  for (const target of ['passcode', 'none'] as const) {
    for (let failAt = 0; failAt < ROTATION_WRITES; failAt++) {
      it(`to ${target === 'passcode' ? 'a passcode' : 'no passcode'}, killed at write ${failAt + 1} of ${ROTATION_WRITES}`, async () => {
        const { entries, secrets, key: oldKey } = await seeded(RECORDS);
        const passcode = target === 'passcode' ? { passcode: '4827 river', kind: 'passphrase' as const } : null;
        const failing = new Writes(failAt);
        entries.writes = failing;
        secrets.writes = failing;
        await expect(rotateVaultKey(entries, secrets, oldKey, passcode, () => undefined)).rejects.toBeInstanceOf(Crash);

        entries.writes = new Writes();
        secrets.writes = new Writes();
        const opened = await openKeys(entries, secrets);
        expect(entries.keys.rotation).toBeUndefined();
        expect(secrets.slots.next).toBeUndefined();
        const began = failAt >= 2; // the journal was saved: the rotation is finished on opening
        let key: CryptoKey;
        if (opened.state === 'open') key = opened.key;
        else key = await unlockWithPasscode(opened.lock, '4827 river');
        expect(opened.state).toBe(began && passcode ? 'locked' : 'open');
        await opensAll(entries, key, RECORDS);
        expect(await storedUnder(entries, oldKey)).toBe(began ? 0 : RECORDS);
      });
    }
  }

  it('a resumed rotation keeps the progress of the pages already written', async () => {
    const { entries, secrets, key } = await seeded(1000);
    const namesBefore = await entries.names();
    const failing = new Writes(2 + 2); // next slot, begin, two pages, then killed
    entries.writes = failing;
    secrets.writes = failing;
    await expect(rotateVaultKey(entries, secrets, key, null, () => undefined)).rejects.toBeInstanceOf(Crash);
    // Two pages were written: every old name up to the progress is re-sealed (new names sort among the old,
    // so the pages also passed some of those), and nothing after it yet.
    const progress = entries.keys.rotation?.progress;
    if (typeof progress !== 'string') throw new Error('expected the progress to be a stored name');
    const left = namesBefore.filter((name) => name > progress).length;
    expect(left).toBeLessThanOrEqual(750);
    expect(await storedUnder(entries, key)).toBe(left);
    entries.writes = new Writes();
    secrets.writes = new Writes();
    const opened = await openKeys(entries, secrets);
    if (opened.state !== 'open') throw new Error('expected open');
    await opensAll(entries, opened.key, 1000);
  });
});

describe('a profile stored before at-rest names', SLOW, () => {
  it('a rotation journal from then (its progress a kind and id, its records in the old layout) finishes on the next opening', async () => {
    const { entries, secrets, key: oldKey } = await seeded(0);
    for (let i = 0; i < 30; i++) {
      const id = `c${String(i).padStart(4, '0')}`;
      const envelope = await seal(oldKey, { type: 'help-contact', id }, utf8(JSON.stringify({ v: 1, data: contact(i) })));
      entries.legacy.set(JSON.stringify(['help-contact', id]), { type: 'help-contact', id, envelope });
    }
    // Killed at its first write after the journal: moving the old layout's first page.
    const failing = new Writes(2);
    entries.writes = failing;
    secrets.writes = failing;
    await expect(rotateVaultKey(entries, secrets, oldKey, null, () => undefined)).rejects.toBeInstanceOf(Crash);
    // As an older Ebb wrote its journal: the progress names a record by kind and id.
    entries.keys.rotation!.progress = { type: 'help-contact', id: 'c0010' };
    entries.writes = new Writes();
    secrets.writes = new Writes();
    const opened = await openKeys(entries, secrets);
    if (opened.state !== 'open') throw new Error('expected open');
    expect(entries.legacy.size).toBe(0);
    expect(entries.keys.rotation).toBeUndefined();
    await opensAll(entries, opened.key, 30);
    expect(await storedUnder(entries, oldKey)).toBe(0);
  });
});

describe('resealing keeps plaintext byte for byte', () => {
  it('opens to the same bytes under the new key', async () => {
    const { entries, secrets, key } = await seeded(0);
    const text = utf8(JSON.stringify({ v: 1, data: { odd: 'ünïcødé ✓' } }));
    await records(entries, key).put({ type: 'x', id: '1', envelope: await seal(key, { type: 'x', id: '1' }, text) });
    const rotated = await rotateVaultKey(entries, secrets, key, null, () => undefined);
    const r = (await records(entries, rotated.key).get('x', '1'))!;
    expect(fromUtf8(await open(rotated.key, r, r.envelope))).toBe(fromUtf8(text));
  });
});
