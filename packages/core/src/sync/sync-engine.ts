// One sync of this device with the server: find what changed here, pull what changed elsewhere and settle each
// record (the newer version wins; month records merge), push what the server lacks. State is saved after every
// step, so an interrupted sync resumes and a retried push is harmless (docs/crypto-format.md, "Sync").
import { fromBase64Url, toBase64Url } from '../crypto/bytes.ts';
import type { VersionedData } from '../records/define-record.ts';
import { mergeableKinds, mergeRecords } from '../merge/merge-records.ts';
import { RecordSets } from '../merge/record-sets.ts';
import { encodeHlc, parseHlc, receive, startHlc, tick, type Hlc } from './hlc.ts';
import { opaqueId } from './opaque-id.ts';
import { deviceOnlyTypes } from './sync-account-record.ts';
import type { SyncKeys } from './sync-keys.ts';
import { decodeSynced, encodeSynced, mergeOne, monthKinds } from './sync-kinds.ts';
import type { LocalChange, SyncLocal } from './sync-local.ts';
import { openFromSync, sealForSync, SyncRecordError, type SyncPlain } from './sync-record.ts';
import { parseSyncEntryKey, recordHash, syncEntryKey, type SyncEntry, type SyncState } from './sync-state-record.ts';
import type { SyncTransport, WireRecord } from './sync-transport.ts';

export interface SyncOptions {
  local: SyncLocal;
  transport: SyncTransport;
  keys: Pick<SyncKeys, 'encryptionKey' | 'idKey'>;
  /** This device's HLC id (sync-account's deviceId). */
  deviceId: string;
  /** The wall clock, ms since 1970 (Date.now). */
  now: () => number;
}

export interface SyncReport {
  /** Records that came from the server (including ones this device already had). */
  pulled: number;
  /** Records the server stored from this device. */
  pushed: number;
  /** Records written or deleted on this device. */
  applied: number;
  /** Records changed both here and elsewhere, settled by merge or by the newer version. */
  conflicts: number;
  /** Records on the server this Ebb cannot read (written by a newer Ebb): kept there, untouched. */
  held: number;
  /** Records that came from the server and did not open (tampered or not this account's): ignored. */
  refused: number;
  /** Everything is pushed and pulled; false when changes kept racing this sync (the next sync finishes). */
  complete: boolean;
}

/** Push batches: at most this many records and bytes of ciphertext (one record larger than that goes alone). */
export const PUSH_BATCH_RECORDS = 100;
export const PUSH_BATCH_BYTES = 2 * 1024 * 1024;
/** Rounds of scan, pull and push before a sync gives up for now (changes racing it, or stale pushes). */
const MAX_ROUNDS = 5;

/** A record as it stands on this device during a sync. */
interface Current {
  type: string;
  id: string;
  data: VersionedData;
  hash: string;
}

/** A record from the server, opened. */
interface Remote {
  wire: WireRecord;
  plain: SyncPlain;
  /** Its content at this Ebb's version (null: deleted). */
  data: VersionedData | null;
  hash: string;
}

/** A copy of a record without one key (rare: a held record now read, a change that raced this sync). */
const without = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

const entryHash = (entry: SyncEntry | undefined): string | null => (entry && !entry.deleted ? entry.hash : null);

class SyncRun {
  readonly report: SyncReport = { pulled: 0, pushed: 0, applied: 0, conflicts: 0, held: 0, refused: 0, complete: false };
  private clock: Hlc;
  private readonly opaque = new Map<string, string>();

  constructor(private readonly options: SyncOptions) {
    this.clock = startHlc(options.deviceId);
  }

  private tick(): string {
    this.clock = tick(this.clock, this.options.now());
    return encodeHlc(this.clock);
  }

  private async opaqueOf(key: string): Promise<string> {
    const known = this.opaque.get(key);
    if (known) return known;
    const { type, id } = parseSyncEntryKey(key);
    const made = await opaqueId(this.options.keys.idKey, type, id);
    this.opaque.set(key, made);
    return made;
  }

  private async readLocal(): Promise<Map<string, Current>> {
    const records = (await this.options.local.read()).filter((r) => !deviceOnlyTypes.has(r.type));
    // Hashed together: the digests run side by side rather than one after another.
    const hashes = await Promise.all(records.map((r) => recordHash(r.data)));
    return new Map(records.map((r, i) => [syncEntryKey(r.type, r.id), { ...r, hash: hashes[i] ?? '' }]));
  }

  /**
   * Opens a pulled record and moves the clock past its version. Undefined when it did not open (refused) or
   * this Ebb cannot read it (then it is held in `state`, unless a newer version there already is).
   */
  private async openRemote(wire: WireRecord, state: SyncState): Promise<Remote | undefined> {
    const version = parseHlc(wire.version);
    let plain: SyncPlain;
    try {
      if (!version) throw new SyncRecordError('bad-content');
      plain = await openFromSync(this.options.keys, wire.id, wire.version, wire.ciphertext);
    } catch (error) {
      if (!(error instanceof SyncRecordError)) throw error;
      this.report.refused++;
      return undefined;
    }
    this.clock = receive(this.clock, version, this.options.now());
    if (deviceOnlyTypes.has(plain.type)) {
      this.report.refused++;
      return undefined;
    }
    const key = syncEntryKey(plain.type, plain.id);
    const held = state.held[key];
    if (held && held.version > wire.version) return undefined;
    const value = plain.data === null ? null : decodeSynced(plain.type, plain.data);
    if (value === undefined) {
      state.held[key] = { id: wire.id, version: wire.version, ciphertext: toBase64Url(wire.ciphertext) };
      return undefined;
    }
    if (held) state.held = without(state.held, key);
    const data = value === null ? null : encodeSynced(plain.type, value);
    return { wire, plain, data, hash: data ? await recordHash(data) : '' };
  }

  /** Marks what changed here since the last sync: a new version, not yet pushed. */
  private scan(state: SyncState, current: ReadonlyMap<string, Current>): boolean {
    let changed = false;
    const baseOf = (entry: SyncEntry | undefined) => (entry ? (entry.pushed ? entry.version : entry.base) : undefined);
    const put = (key: string, entry: SyncEntry) => {
      const base = baseOf(state.records[key]);
      state.records[key] = base === undefined ? entry : { ...entry, base };
      changed = true;
    };
    for (const [key, record] of current) {
      const entry = state.records[key];
      if (!entry || entry.deleted || entry.hash !== record.hash) put(key, { version: this.tick(), hash: record.hash, pushed: false });
    }
    for (const [key, entry] of Object.entries(state.records)) {
      if (!entry.deleted && !current.has(key)) put(key, { version: this.tick(), hash: '', pushed: false, deleted: true });
    }
    return changed;
  }

  /** Settles one pulled record against this device's entry; returns the change to apply here, if any. */
  private async settle(state: SyncState, current: ReadonlyMap<string, Current>, remote: Remote): Promise<LocalChange | undefined> {
    const { type, id } = remote.plain;
    const key = syncEntryKey(type, id);
    const entry = state.records[key];
    const version = remote.wire.version;
    if (entry && version === entry.version) return undefined;
    const take = (): LocalChange | undefined => {
      state.records[key] = remote.data ? { version, hash: remote.hash, pushed: true } : { version, hash: '', pushed: true, deleted: true };
      if (entryHash(entry) === (remote.data ? remote.hash : null)) return undefined;
      return { type, id, data: remote.data, expectedHash: entryHash(entry) };
    };
    if (!entry || entry.pushed) return version > (entry?.version ?? '') ? take() : undefined;
    // Changed here too. A version this change already includes (one this device pushed or took) settles nothing.
    if (entry.base !== undefined && version <= entry.base) return undefined;
    // A month merges with what it does not include yet; anything else, the newer version wins.
    const mine = current.get(key);
    if (monthKinds.has(type) && remote.data && mine && !entry.deleted) {
      const local = decodeSynced(type, mine.data);
      const theirs = decodeSynced(type, remote.data);
      if (local !== undefined && theirs !== undefined) {
        this.report.conflicts++;
        const merged = encodeSynced(type, mergeOne(type, id, theirs, local));
        const hash = await recordHash(merged);
        if (hash === remote.hash) return take();
        // Ours with theirs in it: a version after theirs (the clock has received it), still to push.
        const fresh = hash !== entry.hash || version > entry.version;
        state.records[key] = { version: fresh ? this.tick() : entry.version, hash, pushed: false, base: version };
        return hash === entry.hash ? undefined : { type, id, data: merged, expectedHash: entry.hash };
      }
    }
    this.report.conflicts++;
    return version > entry.version ? take() : undefined;
  }

  /**
   * Applies changes here. Those skipped (written here meanwhile) keep their entries as they were, so the
   * next round finds them changed and settles them again with the server's copy; returns whether all applied.
   */
  private async applyChanges(
    state: SyncState,
    before: Readonly<Record<string, SyncEntry>>,
    current: Map<string, Current>,
    changes: ReadonlyMap<string, LocalChange>,
  ): Promise<boolean> {
    if (changes.size === 0) return true;
    const skipped = new Set((await this.options.local.apply([...changes.values()])).map((c) => syncEntryKey(c.type, c.id)));
    for (const [key, change] of changes) {
      if (skipped.has(key)) {
        const was = before[key];
        if (was) state.records[key] = was;
        else state.records = without(state.records, key);
        continue;
      }
      this.report.applied++;
      if (change.data) current.set(key, { type: change.type, id: change.id, data: change.data, hash: await recordHash(change.data) });
      else current.delete(key);
    }
    return skipped.size === 0;
  }

  /** Pulls from the saved cursor, page by page, saving after each. False when a change was written here meanwhile. */
  private async pull(state: SyncState, current: Map<string, Current>): Promise<boolean> {
    const held = Object.entries(state.held).map(([, h]) => ({ id: h.id, version: h.version, ciphertext: fromBase64Url(h.ciphertext) }));
    // Records held from before are tried again first: this Ebb may have been updated since.
    if (held.length > 0 && !(await this.settlePage(state, current, held, undefined))) return false;
    for (;;) {
      const page = await this.options.transport.pull(state.cursor ?? undefined);
      this.report.pulled += page.records.length;
      if (!(await this.settlePage(state, current, page.records, page.cursor))) return false;
      if (!page.more) return true;
    }
  }

  private async settlePage(state: SyncState, current: Map<string, Current>, records: readonly WireRecord[], cursor: string | undefined): Promise<boolean> {
    const before = { ...state.records };
    const changes = new Map<string, LocalChange>();
    const known = new Map(Object.entries(state.records).map(([key, entry]) => [entry.version, key]));
    for (const wire of records) {
      // This device's own push coming back (or a version it already took) settles nothing: not even opened.
      const mine = known.get(wire.version);
      if (mine !== undefined && state.records[mine]?.version === wire.version && (await this.opaqueOf(mine)) === wire.id) continue;
      const remote = await this.openRemote(wire, state);
      if (!remote) continue;
      const change = await this.settle(state, current, remote);
      if (!change) continue;
      const key = syncEntryKey(change.type, change.id);
      // Two changes to one record in a page: the device still holds what the first expected.
      const earlier = changes.get(key);
      changes.set(key, earlier ? { ...change, expectedHash: earlier.expectedHash } : change);
    }
    const applied = await this.applyChanges(state, before, current, changes);
    if (applied && cursor !== undefined) state.cursor = cursor;
    state.clock = encodeHlc(this.clock);
    await this.options.local.saveState(state);
    return applied;
  }

  /** Pushes what the server lacks, in batches, saving after each. False when the server held newer versions. */
  private async push(state: SyncState, current: ReadonlyMap<string, Current>): Promise<boolean> {
    const pending: { key: string; wire: WireRecord }[] = [];
    for (const [key, entry] of Object.entries(state.records)) {
      if (entry.pushed || state.held[key]) continue;
      const record = current.get(key);
      if (!entry.deleted && record?.hash !== entry.hash) continue; // Not what was scanned: the next sync looks again.
      const { type, id } = parseSyncEntryKey(key);
      const opaque = await this.opaqueOf(key);
      const ciphertext = await sealForSync(this.options.keys, opaque, entry.version, { type, id, data: entry.deleted ? null : (record?.data ?? null) });
      pending.push({ key, wire: { id: opaque, version: entry.version, ciphertext } });
    }
    let allStored = true;
    for (let start = 0; start < pending.length;) {
      let end = start + 1;
      let bytes = pending[start]?.wire.ciphertext.length ?? 0;
      while (end < pending.length && end - start < PUSH_BATCH_RECORDS) {
        const next = pending[end]?.wire.ciphertext.length ?? 0;
        if (bytes + next > PUSH_BATCH_BYTES) break;
        bytes += next;
        end++;
      }
      const batch = pending.slice(start, end);
      const outcomes = await this.options.transport.push(batch.map((p) => p.wire));
      const byId = new Map(outcomes.map((o) => [o.id, o]));
      for (const { key, wire } of batch) {
        const outcome = byId.get(wire.id);
        const entry = state.records[key];
        // Stale at our own version: an earlier push of it was stored and its answer lost.
        const stored = outcome?.outcome === 'stored' || (outcome?.outcome === 'stale' && outcome.version === wire.version);
        if (!stored) {
          allStored = false;
          continue;
        }
        this.report.pushed++;
        if (entry && entry.version === wire.version)
          state.records[key] = entry.deleted
            ? { version: entry.version, hash: '', pushed: true, deleted: true }
            : { version: entry.version, hash: entry.hash, pushed: true };
      }
      await this.options.local.saveState(state);
      start = end;
    }
    return allStored;
  }

  /** A sync of a device that has synced before: scan, pull, push. True when nothing is left to do. */
  private async again(state: SyncState): Promise<boolean> {
    const saved = parseHlc(state.clock);
    if (saved) this.clock = { ...saved, device: this.options.deviceId };
    const current = await this.readLocal();
    if (this.scan(state, current)) {
      state.clock = encodeHlc(this.clock);
      await this.options.local.saveState(state);
    }
    if (!(await this.pull(state, current))) return false;
    return this.push(state, current);
  }

  /**
   * The first sync of this device: everything on the server is pulled first, and a record both hold is the
   * kind's merge of the two (the account's side first: its settings win; nothing of either is lost), never a
   * choice by versions, so a device joining an account does not replace the account's records with its own.
   */
  private async join(): Promise<boolean> {
    const state: SyncState = { clock: encodeHlc(this.clock), cursor: null, records: {}, held: {} };
    const remotes = new Map<string, Remote>();
    for (let more = true; more;) {
      const page = await this.options.transport.pull(state.cursor ?? undefined);
      this.report.pulled += page.records.length;
      for (const wire of page.records) {
        const remote = await this.openRemote(wire, state);
        if (remote) remotes.set(syncEntryKey(remote.plain.type, remote.plain.id), remote);
      }
      state.cursor = page.cursor;
      more = page.more;
    }
    const current = await this.readLocal();
    const decoded = (entries: Iterable<[string, { type: string; id: string; data: VersionedData | null }]>) =>
      RecordSets.of(
        [...entries].flatMap(([, r]) => {
          const value = r.data === null ? undefined : decodeSynced(r.type, r.data);
          return value === undefined ? [] : [{ type: r.type, id: r.id, value }];
        }),
      );
    const theirs = decoded([...remotes].map(([key, r]) => [key, { ...r.plain, data: r.data }]));
    const ours = decoded(current);
    const merged = new Map<string, VersionedData>();
    for (const { definition } of mergeableKinds) {
      for (const [id, value] of mergeRecords(definition.type, theirs, ours).records)
        merged.set(syncEntryKey(definition.type, id), encodeSynced(definition.type, value));
    }
    const changes = new Map<string, LocalChange>();
    for (const [key, remote] of remotes) {
      state.records[key] = remote.data
        ? { version: remote.wire.version, hash: remote.hash, pushed: true }
        : { version: remote.wire.version, hash: '', pushed: true, deleted: true };
    }
    const keys = new Set([...merged.keys(), ...current.keys()]);
    for (const key of keys) {
      const { type, id } = parseSyncEntryKey(key);
      const mine = current.get(key);
      const data = merged.get(key) ?? mine?.data;
      if (!data) continue;
      const hash = data === mine?.data ? mine.hash : await recordHash(data);
      const remote = remotes.get(key);
      if (remote && mine && remote.hash !== mine.hash) this.report.conflicts++;
      if (!remote || remote.hash !== hash) {
        const entry: SyncEntry = { version: this.tick(), hash, pushed: false };
        state.records[key] = remote ? { ...entry, base: remote.wire.version } : entry;
      }
      if (mine?.hash !== hash) changes.set(key, { type, id, data, expectedHash: mine?.hash ?? null });
    }
    // Nothing is saved until this device holds the merge: an interrupted first sync starts again.
    if (!(await this.applyChanges(state, {}, current, changes))) return false;
    state.clock = encodeHlc(this.clock);
    await this.options.local.saveState(state);
    return this.push(state, current);
  }

  async run(): Promise<SyncReport> {
    for (let round = 0; round < MAX_ROUNDS && !this.report.complete; round++) {
      const state = await this.options.local.loadState();
      this.report.complete = state ? await this.again(state) : await this.join();
    }
    this.report.held = Object.keys((await this.options.local.loadState())?.held ?? {}).length;
    return this.report;
  }
}

/** Syncs this device once. Throws SyncTransportError when the server cannot be reached; the state stays consistent. */
export function syncOnce(options: SyncOptions): Promise<SyncReport> {
  return new SyncRun(options).run();
}
