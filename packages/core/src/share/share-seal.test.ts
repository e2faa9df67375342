// Sealing a share: it opens only with its own key and under its own id, the server sees a padded bucket (not
// the length of what was shared), and a damaged or foreign ciphertext is an error value, never a throw.
import { describe, expect, it } from 'vitest';
import { toBase64Url, utf8 } from '../crypto/bytes.ts';
import { emptyPlan } from '../plan/plan-record.ts';
import { emptySupportCard } from '../plan/support-card-record.ts';
import { makeShareSecret } from './share-link.ts';
import { supportCardShareContent, type SharePayload } from './share-payload.ts';
import { openShare, sealShare } from './share-seal.ts';

const plan = emptyPlan();
plan.sections['warning-signs'] = [{ text: 'I stop answering messages' }];
const payload: SharePayload = {
  kind: 'support-card',
  createdAt: 1_764_000_000_000,
  language: 'en',
  content: supportCardShareContent({ ...emptySupportCard(), show: { warningSigns: true, whatHelps: false, sayAndDont: false, whoToCall: false } }, plan, 'GB'),
};

describe('sealShare / openShare', () => {
  it('opens with its key under its id, and hides the words', async () => {
    const { id, key } = makeShareSecret();
    const shareId = toBase64Url(id);
    const sealed = await sealShare(shareId, key, payload);
    expect(new TextDecoder('latin1').decode(sealed)).not.toContain('answering');
    expect(sealed[0]).toBe(1);
    expect(await openShare(shareId, key, sealed)).toEqual({ ok: true, payload });
  });

  it('seals to a bucket size, so a longer card can be the same size', async () => {
    const { id, key } = makeShareSecret();
    const longer = { ...payload, content: { ...payload.content, say: ['Sit with me'] } };
    const [a, b] = await Promise.all([sealShare('a', key, payload), sealShare('a', key, longer as SharePayload)]);
    expect(a.length).toBe(b.length);
    expect(id.length).toBe(16);
  });

  it('says damaged for another key, another id, a cut or a changed byte', async () => {
    const { id, key } = makeShareSecret();
    const other = makeShareSecret();
    const shareId = toBase64Url(id);
    const sealed = await sealShare(shareId, key, payload);
    const flipped = sealed.slice();
    flipped[20] = (flipped[20] ?? 0) ^ 1;
    expect(await openShare(shareId, other.key, sealed)).toEqual({ ok: false, error: 'damaged' });
    expect(await openShare(toBase64Url(other.id), key, sealed)).toEqual({ ok: false, error: 'damaged' });
    expect(await openShare(shareId, key, sealed.slice(0, 20))).toEqual({ ok: false, error: 'damaged' });
    expect(await openShare(shareId, key, flipped)).toEqual({ ok: false, error: 'damaged' });
    expect(await openShare(shareId, key, utf8('x'))).toEqual({ ok: false, error: 'damaged' });
  });

  it('refuses a newer format and a payload that is not a share', async () => {
    const { id, key } = makeShareSecret();
    const shareId = toBase64Url(id);
    const sealed = await sealShare(shareId, key, payload);
    const newer = sealed.slice();
    newer[0] = 2;
    expect(await openShare(shareId, key, newer)).toEqual({ ok: false, error: 'unknown-format' });
    await expect(sealShare(shareId, key, { ...payload, kind: 'diary' } as unknown as SharePayload)).rejects.toThrow();
  });
});
