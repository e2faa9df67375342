// The envelope must open only with the right key, id, type and version, and never with a changed byte.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromHex, fromUtf8, utf8 } from './bytes.ts';
import { ENVELOPE_VERSION, EnvelopeError, open, seal } from './envelope.ts';
import { generateVaultKey, importVaultKey } from './vault-key.ts';

// Known answer, computed independently with Node's own AES-256-GCM (key 00..1f, IV a0..ab, AAD as documented
// in docs/crypto-format.md). If this stops opening, the stored format has changed: that needs a new version.
const KAT = {
  key: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
  address: { type: 'note', id: 'kat-1' },
  plaintext: '{"v":1,"data":"known answer"}',
  envelope: '01a0a1a2a3a4a5a6a7a8a9aaab9d3a0a0f7ffa2e9d0604f3b22540e2b51ec32e7eb2d62c1feb6b54a402c7fbd1313279f6dd717455216f8e3c24',
};

const katKey = () => importVaultKey(fromHex(KAT.key));

async function expectEnvelopeError(promise: Promise<unknown>, code: EnvelopeError['code']) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EnvelopeError);
  expect((error as EnvelopeError).code).toBe(code);
}

describe('envelope v1', () => {
  it('opens the known-answer envelope to the known plaintext', async () => {
    const plaintext = await open(await katKey(), KAT.address, fromHex(KAT.envelope));
    expect(fromUtf8(plaintext)).toBe(KAT.plaintext);
  });

  it('writes the format version first, then a 12-byte IV, then ciphertext and a 16-byte tag', async () => {
    const envelope = await seal(await katKey(), KAT.address, utf8(KAT.plaintext));
    expect(envelope[0]).toBe(ENVELOPE_VERSION);
    expect(envelope.length).toBe(1 + 12 + utf8(KAT.plaintext).length + 16);
  });

  it('uses a fresh IV every time, so the same record never seals to the same bytes', async () => {
    const key = await katKey();
    const a = await seal(key, KAT.address, utf8('same'));
    const b = await seal(key, KAT.address, utf8('same'));
    expect(a.slice(1, 13)).not.toEqual(b.slice(1, 13));
  });

  it('refuses a changed record id', async () => {
    await expectEnvelopeError(open(await katKey(), { ...KAT.address, id: 'kat-2' }, fromHex(KAT.envelope)), 'authentication-failed');
  });

  it('refuses a changed record type', async () => {
    await expectEnvelopeError(open(await katKey(), { ...KAT.address, type: 'settings' }, fromHex(KAT.envelope)), 'authentication-failed');
  });

  it('refuses a changed format version', async () => {
    const envelope = fromHex(KAT.envelope);
    envelope[0] = 2;
    await expectEnvelopeError(open(await katKey(), KAT.address, envelope), 'unknown-version');
  });

  it('refuses the wrong key', async () => {
    await expectEnvelopeError(open(await generateVaultKey(), KAT.address, fromHex(KAT.envelope)), 'authentication-failed');
  });

  it('refuses a truncated envelope', async () => {
    await expectEnvelopeError(open(await katKey(), KAT.address, fromHex(KAT.envelope).slice(0, 28)), 'too-short');
    await expectEnvelopeError(open(await katKey(), KAT.address, fromHex(KAT.envelope).slice(0, -1)), 'authentication-failed');
  });

  it('refuses any single changed byte anywhere in the envelope', async () => {
    const key = await katKey();
    const original = fromHex(KAT.envelope);
    for (let i = 1; i < original.length; i++) {
      const tampered = original.slice();
      tampered[i] = tampered[i]! ^ 0x01;
      await expectEnvelopeError(open(key, KAT.address, tampered), 'authentication-failed');
    }
  });

  it('round-trips any plaintext under any type and id (property)', async () => {
    const key = await generateVaultKey();
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
        fc.string({ maxLength: 40 }),
        async (text, type, id) => {
          const envelope = await seal(key, { type, id }, utf8(text));
          expect(fromUtf8(await open(key, { type, id }, envelope))).toBe(text);
        },
      ),
      { numRuns: 200 },
    );
  });
});
