// The hope box makes the whole backup round trip: photos and recordings of any size the box allows, words
// and order, back exactly as they were after restoring onto another device; and a full box still makes a
// backup small enough to be read back.
import { beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateVaultKey } from '../crypto/vault-key.ts';
import { createVaultLock, unlockWithPasscode, type VaultLock } from '../crypto/vault-lock.ts';
import { HOPE_LIMITS } from '../hope/hope-limits.ts';
import { hopeItemKinds, hopeItemRecord, type HopeItem } from '../hope/hope-record.ts';
import { EncryptedStore } from '../store/encrypted-store.ts';
import { MemoryBackend } from '../store/memory-backend.ts';
import { MAX_BACKUP_BYTES, createBackup, openBackup, readBackupFile } from './backup-file.ts';
import { encodeBase64 } from './large-base64.ts';
import { restoreBackup } from './restore.ts';

const PASSCODE = '1357';
let key: CryptoKey;
let lock: VaultLock;

beforeAll(async () => {
  key = await generateVaultKey();
  ({ lock } = await createVaultLock(key, PASSCODE, 'pin'));
});

/** Media bytes of a given length, different from one item to the next. */
const bytes = (length: number, seed: number) => {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + seed) & 255;
  return out;
};

const itemArb: fc.Arbitrary<HopeItem> = fc
  .record({
    kind: fc.constantFrom(...hopeItemKinds),
    order: fc.integer({ min: 0, max: 1000 }),
    createdAt: fc.nat(),
    text: fc.string({ maxLength: 80 }).map((s) => s.trim()),
    from: fc.string({ maxLength: 20 }).map((s) => s.trim()),
    size: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 300_000 }), fc.constant(HOPE_LIMITS.imageBytes)),
    seed: fc.nat(255),
  })
  .map(({ size, seed, ...item }) => ({
    ...item,
    media:
      item.kind === 'photo' || item.kind === 'audio'
        ? { type: item.kind === 'photo' ? 'image/jpeg' : 'audio/mpeg', data: encodeBase64(bytes(size, seed)) }
        : null,
  }));

/** Backs up the items, reads the file back, opens it (with the passcode when asked: it is slow) and restores it elsewhere. */
async function roundTrip(
  items: ReadonlyArray<readonly [string, HopeItem]>,
  withPasscode = false,
): Promise<{ file: string; restored: Array<{ id: string; value: HopeItem }> }> {
  const source = new MemoryBackend();
  const store = new EncryptedStore(source, key);
  for (const [id, item] of items) await store.put(hopeItemRecord, id, item);
  const file = await createBackup(await source.listAll(), key, lock, new Date());
  const parsed = readBackupFile(file);
  const opened = withPasscode ? await unlockWithPasscode(parsed.lock, PASSCODE) : key;
  const records = await openBackup(parsed, opened);
  const deviceKey = await generateVaultKey();
  const device = new MemoryBackend();
  await restoreBackup({ backend: device, records, backupKey: opened, deviceKey, mode: 'replace' });
  return { file, restored: await new EncryptedStore(device, deviceKey).list(hopeItemRecord) };
}

it('gives back every item of the hope box exactly, whatever the sizes of its media', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uniqueArray(fc.tuple(fc.uuid(), itemArb), { maxLength: 6, selector: ([id]) => id }), async (items) => {
      const { restored } = await roundTrip(items);
      expect(new Map(restored.map((r) => [r.id, r.value]))).toEqual(new Map(items));
    }),
    { numRuns: 25 },
  );
}, 120_000);

it('a box filled to its total makes a backup that can still be read and restored', async () => {
  const recordings = Math.floor(HOPE_LIMITS.totalBytes / HOPE_LIMITS.audioBytes);
  const items = Array.from(
    { length: recordings },
    (_, n) =>
      [
        `full-${n}`,
        { kind: 'audio', order: n, createdAt: n, text: '', from: '', media: { type: 'audio/mpeg', data: encodeBase64(bytes(HOPE_LIMITS.audioBytes, n)) } },
      ] as const,
  );
  const { file, restored } = await roundTrip(items, true);
  expect(file.length).toBeLessThan(MAX_BACKUP_BYTES * 0.7);
  expect(restored).toHaveLength(recordings);
  expect(restored.find((r) => r.id === 'full-1')?.value.media?.data).toBe(items[1]?.[1].media.data);
}, 120_000);
