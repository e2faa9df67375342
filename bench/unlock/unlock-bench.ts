// P6: what unlocking costs — Argon2id key derivation plus opening every record of a ten-year dataset.
// Bundled by bench/unlock.mjs and run unchanged in Node and in Chromium (4× CPU throttling).
import {
  MemoryAtRest,
  atRestKeys,
  createVaultLock,
  generateVaultKey,
  open,
  openAtRest,
  resealAll,
  seal,
  sealAtRest,
  unlockWithPasscode,
  utf8,
  fromUtf8,
  type ResealChange,
  type ResealTarget,
  type StoredRecord,
  type VaultLock,
} from '@ebb/core';
import { tenYearDataset, type SyntheticRecord } from './dataset.ts';

/**
 * How the records are laid out: one envelope per item, or high-volume items (check-ins, urge episodes)
 * grouped into one record per month — the layout P6 shows those features need.
 */
export type Layout = 'per-item' | 'monthly';

function monthly(records: SyntheticRecord[]): SyntheticRecord[] {
  const groups = new Map<string, unknown[]>();
  const out: SyntheticRecord[] = [];
  for (const r of records) {
    if (r.type === 'journal-entry') {
      out.push(r);
      continue;
    }
    const data = r.data as { date?: string; startedAt?: number };
    const month = data.date?.slice(0, 7) ?? new Date(data.startedAt ?? 0).toISOString().slice(0, 7);
    const key = `${r.type}:${month}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)?.push(r.data);
  }
  for (const [key, items] of groups) {
    const [type, month] = key.split(':') as [string, string];
    out.push({ type: `${type}-month`, id: month, data: items });
  }
  return out;
}

const PASSCODE = 'benchmark passphrase';

export interface Prepared {
  lock: VaultLock;
  stored: StoredRecord[];
  plaintextBytes: number;
}

/** Not timed: the sealed dataset and the lock, as they would be on the device (the at-rest layout). */
export async function prepare(layout: Layout): Promise<Prepared> {
  const key = await generateVaultKey();
  const keys = await atRestKeys(key);
  const { lock } = await createVaultLock(key, PASSCODE, 'passphrase');
  let plaintextBytes = 0;
  const stored: StoredRecord[] = [];
  const records = layout === 'monthly' ? monthly(tenYearDataset()) : tenYearDataset();
  for (const record of records) {
    const plaintext = utf8(JSON.stringify({ v: 1, data: record.data }));
    plaintextBytes += plaintext.length;
    stored.push(await sealAtRest(keys, { type: record.type, id: record.id, envelope: await seal(key, record, plaintext) }));
  }
  return { lock, stored, plaintextBytes };
}

/**
 * Timed: derive and unwrap, then open and parse every record (in parallel, as the store's list does): its
 * at-rest box (kind, id and envelope) and its envelope.
 */
export async function unlockOnce(prepared: Prepared): Promise<{ deriveMs: number; decryptMs: number; records: number }> {
  const t0 = performance.now();
  const key = await unlockWithPasscode(prepared.lock, PASSCODE);
  const t1 = performance.now();
  const keys = await atRestKeys(key);
  const opened = await Promise.all(
    prepared.stored.map(async (stored) => {
      const r = await openAtRest(keys, stored);
      return JSON.parse(fromUtf8(await open(key, r, r.envelope))) as unknown;
    }),
  );
  const t2 = performance.now();
  return { deriveMs: t1 - t0, decryptMs: t2 - t1, records: opened.length };
}

/** Stored records in memory, handed to a key rotation in name order as IndexedDB hands them. */
class MemoryTarget extends MemoryAtRest implements ResealTarget {
  async readPage(after: string | null, limit: number) {
    return this.getMany((await this.names()).filter((name) => after === null || name > after).slice(0, limit));
  }
  async writePage(changes: readonly ResealChange[]) {
    for (const { from, to } of changes) await this.write([to], [from.name], { replace: false });
  }
}

/** Key rotation's cost: every record opened under the old key and sealed under a new one (storage not included). */
export async function resealOnce(prepared: Prepared): Promise<{ resealMs: number; records: number }> {
  const oldKey = await unlockWithPasscode(prepared.lock, PASSCODE);
  const newKey = await generateVaultKey();
  const target = new MemoryTarget();
  await target.write(prepared.stored, [], { replace: true });
  const t0 = performance.now();
  const outcome = await resealAll(target, null, oldKey, newKey);
  return { resealMs: performance.now() - t0, records: outcome.resealed };
}
