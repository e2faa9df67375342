// Records sealed for sync: they open only under the same key, opaque id and version, with the padding and
// content sealForSync makes; the format is pinned by a record sealed independently with Node's own AES-GCM.
import { describe, expect, it } from 'vitest';
import { concatBytes, fromHex, utf8 } from '../crypto/bytes.ts';
import { encodeRecord } from '../records/define-record.ts';
import { journalRecord } from '../diary/journal-record.ts';
import { checkInMonthRecord, emptyCheckIn } from '../diary/checkin-record.ts';
import { deriveSyncKeys, generateSyncSecret } from './sync-keys.ts';
import { opaqueId } from './opaque-id.ts';
import { padForSync, syncPaddedSize } from './padded-size.ts';
import { openFromSync, sealForSync, SyncRecordError, type SyncPlain } from './sync-record.ts';

const secret = Uint8Array.from({ length: 32 }, (_, i) => i);
const version = '019ad7358400-000000-k3Jx9Q';
const later = '019ad7358400-000001-k3Jx9Q';
const entry: SyncPlain = {
  type: 'journal-entry',
  id: 'j-1',
  data: encodeRecord(journalRecord, { createdAt: 1, updatedAt: 2, prompt: null, text: 'A slow walk helped.', feelings: [], triggers: [] }),
};

const opaqueOfKat = 'tqXUm7wdN68BJJsdnh5dPL21M2GrAyv2HU5QZ8cXpSg';
const KAT =
  '01a0a1a2a3a4a5a6a7a8a9aaabf65f454ce9f239cdaa05a0dfb2772589effc09be29e1bac1331371fa1fc1c08d6f87c0e748c91f28dc82bfbd5bd13d8bc510ce15da0544ef5d2034aa25fea48e82625ff8cf1bc9e4be4505e55feaae55fd85330b41803173b1aea843db99524a9ebd9d74a31213ea7c022c9786b407fd378cb34f6128148b8f29e876ef77fde07dfc79e41c9d8d6cd0d6f66e31bde3bf99d2f2fcd0ec175bc4739daa5b535e4a8c64f5c7f3ddeac71428bb38f9b1deb4164a8ed37f8760086b47a17cd13671ddf553a9d5226031cc500d2cb8269cb012baa35f6ff44cc1d21c91a664607d99822ef65ace1bec4b6ce87ad78a69aea7892c9c8a2e7a8ae59305d24850f03b835f5e712d635bb04903562d20f88db8314a';

const fails = async (promise: Promise<unknown>, code: string) => {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncRecordError);
  expect((error as SyncRecordError).code).toBe(code);
};

describe('records sealed for sync', async () => {
  const keys = await deriveSyncKeys(secret);
  const opaque = await opaqueId(keys.idKey, entry.type, entry.id);

  it('round-trips a record and a deletion', async () => {
    expect(await openFromSync(keys, opaque, version, await sealForSync(keys, opaque, version, entry))).toEqual(entry);
    const deleted = { ...entry, data: null };
    expect(await openFromSync(keys, opaque, later, await sealForSync(keys, opaque, later, deleted))).toEqual(deleted);
  });

  it('seals the same record differently every time (a fresh IV)', async () => {
    const [a, b] = await Promise.all([sealForSync(keys, opaque, version, entry), sealForSync(keys, opaque, version, entry)]);
    expect(a.slice(1, 13)).not.toEqual(b.slice(1, 13));
    expect(a).not.toEqual(b);
  });

  it('pads to the size buckets: one size for short records, whatever their length', async () => {
    const month = (days: number) => ({
      type: 'checkin-month',
      id: '2026-11',
      data: encodeRecord(checkInMonthRecord, { days: Array.from({ length: days }, (_, d) => emptyCheckIn(`2026-11-${String(d + 1).padStart(2, '0')}`, d)) }),
    });
    const note = (text: string) => ({
      ...entry,
      data: encodeRecord(journalRecord, { createdAt: 1, updatedAt: 2, prompt: null, text, feelings: [], triggers: [] }),
    });
    const sizes = await Promise.all(
      ['Ok', 'Better today.', 'A long evening, and then a walk that helped more than I thought.'].map(
        async (t) => (await sealForSync(keys, opaque, version, note(t))).length,
      ),
    );
    expect(sizes).toEqual([sizes[0], sizes[0], sizes[0]]);
    const big = await sealForSync(keys, opaque, version, month(30));
    const plain = JSON.stringify({ t: 'checkin-month', i: '2026-11', d: month(30).data });
    expect(big.length).toBe(1 + 12 + syncPaddedSize(utf8(plain).length) + 16);
    expect([256, 512, 1024, 2048, 4096, 8192, 16384]).toContain(big.length - 29);
  });

  it('refuses any changed byte', async () => {
    const sealed = await sealForSync(keys, opaque, version, entry);
    for (const at of [1, 12, 13, sealed.length - 1]) {
      const tampered = sealed.slice();
      tampered[at] = (tampered[at] ?? 0) ^ 1;
      await fails(openFromSync(keys, opaque, version, tampered), 'authentication-failed');
    }
    const wrongFormat = sealed.slice();
    wrongFormat[0] = 2;
    await fails(openFromSync(keys, opaque, version, wrongFormat), 'unknown-format');
    await fails(openFromSync(keys, opaque, version, sealed.slice(0, 28)), 'too-short');
  });

  it('refuses a record moved to another opaque id or another version', async () => {
    const sealed = await sealForSync(keys, opaque, version, entry);
    const other = await opaqueId(keys.idKey, entry.type, 'j-2');
    await fails(openFromSync(keys, other, version, sealed), 'authentication-failed');
    await fails(openFromSync(keys, opaque, later, sealed), 'authentication-failed');
  });

  it('refuses a record under another account’s key', async () => {
    const sealed = await sealForSync(keys, opaque, version, entry);
    await fails(openFromSync(await deriveSyncKeys(generateSyncSecret()), opaque, version, sealed), 'authentication-failed');
  });

  it('refuses a record sealed under an opaque id that is not its own (kind and id checked after opening)', async () => {
    const other = await opaqueId(keys.idKey, entry.type, 'j-2');
    await fails(openFromSync(keys, other, version, await sealForSync(keys, other, version, entry)), 'wrong-id');
    const relabelled = await opaqueId(keys.idKey, 'goal', entry.id);
    await fails(openFromSync(keys, relabelled, version, await sealForSync(keys, relabelled, version, entry)), 'wrong-id');
  });

  // Computed independently with Node's own HKDF, HMAC and AES-256-GCM from the documented format (IV a0..ab).
  it('opens the known-answer record', async () => {
    const kat = fromHex(KAT);
    expect(opaqueOfKat).toBe('tqXUm7wdN68BJJsdnh5dPL21M2GrAyv2HU5QZ8cXpSg');
    expect(await opaqueId(keys.idKey, 'settled', 'latest')).toBe(opaqueOfKat);
    expect(await openFromSync(keys, opaqueOfKat, version, kat)).toEqual({ type: 'settled', id: 'latest', data: { v: 1, data: { at: 1764547200000 } } });
  });

  /** Seals any bytes as the format does (same key, IV a0..ab and AAD) without sealForSync's padding and content. */
  const sealRaw = async (plaintext: Uint8Array<ArrayBuffer>) => {
    const base = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
    const info = utf8('ebb-sync:v1:encryption');
    const key = await crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt'],
    );
    const iv = Uint8Array.from({ length: 12 }, (_, i) => 0xa0 + i);
    const additionalData = utf8(JSON.stringify(['ebb-sync-record', 1, opaque, version]));
    return concatBytes(Uint8Array.of(1), iv, new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, plaintext)));
  };

  it('refuses padding or content that sealForSync would not make', async () => {
    const plain = utf8(JSON.stringify({ t: entry.type, i: entry.id, d: entry.data }));
    await fails(openFromSync(keys, opaque, version, await sealRaw(plain)), 'bad-padding');
    expect(await openFromSync(keys, opaque, version, await sealRaw(padForSync(plain)))).toEqual(entry);
    for (const content of [
      'not json',
      '[]',
      '{"t":"journal-entry","i":"j-1"}',
      '{"t":"journal-entry","i":"j-1","d":{"v":0,"data":1}}',
      '{"t":1,"i":"j-1","d":null}',
    ])
      await fails(openFromSync(keys, opaque, version, await sealRaw(padForSync(utf8(content)))), 'bad-content');
  });
});
