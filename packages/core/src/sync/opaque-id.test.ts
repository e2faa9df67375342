// Opaque ids: stable for one record, different for every other kind or id, and nothing of the kind or id shows.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deriveSyncKeys, generateSyncSecret } from './sync-keys.ts';
import { OPAQUE_ID_PATTERN, opaqueId } from './opaque-id.ts';

describe('opaque id', () => {
  it('is the same for the same record on every device with the secret', async () => {
    const secret = generateSyncSecret();
    const [a, b] = await Promise.all([deriveSyncKeys(secret), deriveSyncKeys(Uint8Array.from(secret))]);
    const id = await opaqueId(a.idKey, 'checkin', '2026-11-30');
    expect(id).toMatch(OPAQUE_ID_PATTERN);
    expect(await opaqueId(b.idKey, 'checkin', '2026-11-30')).toBe(id);
  });

  // The value Node's own HKDF and HMAC give for the same inputs: the format is pinned for every implementation.
  it('matches a known answer: secret 00 01 … 1f, checkin-month 2026-11', async () => {
    const { idKey } = await deriveSyncKeys(Uint8Array.from({ length: 32 }, (_, i) => i));
    expect(await opaqueId(idKey, 'checkin-month', '2026-11')).toBe('CyHb8T-__-x6_A96sEi-PeqR0XyKxuNB7omIFs0sXeU');
  });

  it('differs across kinds, ids, the way they are split, and secrets', async () => {
    const { idKey } = await deriveSyncKeys(generateSyncSecret());
    const other = (await deriveSyncKeys(generateSyncSecret())).idKey;
    const ids = await Promise.all([
      opaqueId(idKey, 'checkin', '2026-11-30'),
      opaqueId(idKey, 'checkin', '2026-12-01'),
      opaqueId(idKey, 'episode', '2026-11-30'),
      opaqueId(idKey, 'checkin2', '026-11-30'),
      opaqueId(other, 'checkin', '2026-11-30'),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows nothing of the kind or id (property)', async () => {
    const { idKey } = await deriveSyncKeys(generateSyncSecret());
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('checkin', 'episode', 'journal', 'plan'), fc.string({ minLength: 4, maxLength: 40 }), async (kind, id) => {
        const opaque = await opaqueId(idKey, kind, id);
        expect(opaque).toMatch(OPAQUE_ID_PATTERN);
        expect(opaque.toLowerCase()).not.toContain(kind);
        if (/^[A-Za-z0-9_-]{4,}$/.test(id)) expect(opaque).not.toContain(id);
      }),
      { numRuns: 200 },
    );
  });
});
