// The credential check: Argon2id hashes in the standard form, the same work for an unknown account as for a
// wrong key, verified keys remembered (bounded, for a while) and forgotten on request.
import { randomBytes } from 'node:crypto';
import * as hashWasm from 'hash-wasm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncStorage } from '../storage/sync-storage.ts';
import { hashAuthKey, PRODUCTION_ARGON2_COST, verifyAuthKey } from './auth-key-hash.ts';
import { createAuthenticator, parseAuthorization } from './authenticator.ts';

vi.mock('hash-wasm', async (importOriginal) => {
  const original = await importOriginal<typeof hashWasm>();
  return { ...original, argon2id: vi.fn(original.argon2id) };
});

const cost = { memorySize: 64, iterations: 1, parallelism: 1 };
const argon2Calls = () => vi.mocked(hashWasm.argon2id).mock.calls.length;
const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** Just the account lookups the authenticator makes. */
function accountsOnly(hashes: Map<string, string>): SyncStorage {
  const storage: Partial<SyncStorage> = {
    findAccount: (accountId) => Promise.resolve(hashes.has(accountId) ? { authKeyHash: hashes.get(accountId) ?? '' } : undefined),
  };
  return storage as SyncStorage;
}

describe('auth key hashes', () => {
  it('writes the standard Argon2id encoding with the production cost and checks keys against it', async () => {
    const key = randomBytes(32);
    vi.mocked(hashWasm.argon2id).mockClear();
    const hash = await hashAuthKey(key, PRODUCTION_ARGON2_COST);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await verifyAuthKey(key, hash)).toBe(true);
    expect(await verifyAuthKey(randomBytes(32), hash)).toBe(false);
    expect(await verifyAuthKey(key, hash.replace('$argon2id$', '$argon2i$'))).toBe(false);
    expect(await verifyAuthKey(key, 'not a hash')).toBe(false);
    expect(await hashAuthKey(key, PRODUCTION_ARGON2_COST)).not.toBe(hash);
  });
});

describe('authenticator', () => {
  const known = { accountId: b64url(randomBytes(32)), key: randomBytes(32) };
  const header = (accountId: string, key: Uint8Array) => `Ebb ${accountId}.${b64url(key)}`;
  let hashes: Map<string, string>;

  beforeEach(async () => {
    hashes = new Map([[known.accountId, await hashAuthKey(known.key, cost)]]);
    vi.mocked(hashWasm.argon2id).mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('reads only a well-formed header', () => {
    expect(parseAuthorization(header(known.accountId, known.key))).toEqual({ accountId: known.accountId, authKey: known.key });
    for (const bad of [
      undefined,
      '',
      `Ebb ${known.accountId}`,
      `Ebb ${known.accountId}.${b64url(known.key)}.x`,
      `Basic ${known.accountId}.${b64url(known.key)}`,
      `Ebb ${known.accountId}.${b64url(randomBytes(31))}`,
    ]) {
      expect(parseAuthorization(bad)).toBeUndefined();
    }
  });

  it('costs an unknown account the same Argon2id work as a wrong key, and a malformed header none', async () => {
    const auth = createAuthenticator(accountsOnly(hashes), { cost });
    expect(argon2Calls()).toBe(1); // the dummy hash, made at once
    vi.mocked(hashWasm.argon2id).mockClear();
    expect(await auth.authenticate(header(b64url(randomBytes(32)), known.key))).toBeUndefined();
    const unknownCalls = argon2Calls();
    vi.mocked(hashWasm.argon2id).mockClear();
    expect(await auth.authenticate(header(known.accountId, randomBytes(32)))).toBeUndefined();
    expect(argon2Calls()).toBe(unknownCalls);
    expect(unknownCalls).toBe(1);
    vi.mocked(hashWasm.argon2id).mockClear();
    expect(await auth.authenticate('Ebb nonsense')).toBeUndefined();
    expect(argon2Calls()).toBe(0);
  });

  it('remembers a verified key, still does the full work for a wrong one, and forgets on request', async () => {
    const auth = createAuthenticator(accountsOnly(hashes), { cost });
    vi.mocked(hashWasm.argon2id).mockClear();
    expect(await auth.authenticate(header(known.accountId, known.key))).toBe(known.accountId);
    expect(argon2Calls()).toBe(1);
    expect(await auth.authenticate(header(known.accountId, known.key))).toBe(known.accountId);
    expect(argon2Calls()).toBe(1);
    expect(await auth.authenticate(header(known.accountId, randomBytes(32)))).toBeUndefined();
    expect(argon2Calls()).toBe(2);
    auth.forget(known.accountId);
    hashes.delete(known.accountId);
    expect(await auth.authenticate(header(known.accountId, known.key))).toBeUndefined();
  });

  it('checks a key once when a device sends several requests at the same moment', async () => {
    const auth = createAuthenticator(accountsOnly(hashes), { cost });
    vi.mocked(hashWasm.argon2id).mockClear();
    const answers = await Promise.all(Array.from({ length: 5 }, () => auth.authenticate(header(known.accountId, known.key))));
    expect(answers).toEqual(Array.from({ length: 5 }, () => known.accountId));
    expect(argon2Calls()).toBe(1);
  });

  it('verifies again after the remembered time, and remembers a bounded number of accounts', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const others = Array.from({ length: 3 }, () => ({ accountId: b64url(randomBytes(32)), key: randomBytes(32) }));
    for (const other of others) hashes.set(other.accountId, await hashAuthKey(other.key, cost));
    const auth = createAuthenticator(accountsOnly(hashes), { cost, cacheSize: 2, cacheMs: 60_000 });
    await auth.authenticate(header(known.accountId, known.key));
    vi.setSystemTime(Date.now() + 61_000);
    vi.mocked(hashWasm.argon2id).mockClear();
    await auth.authenticate(header(known.accountId, known.key));
    expect(argon2Calls()).toBe(1);
    for (const other of others) await auth.authenticate(header(other.accountId, other.key));
    vi.mocked(hashWasm.argon2id).mockClear();
    // The two most recent are remembered; the oldest was let go.
    await auth.authenticate(header(others[2]?.accountId ?? '', others[2]?.key ?? new Uint8Array()));
    await auth.authenticate(header(others[1]?.accountId ?? '', others[1]?.key ?? new Uint8Array()));
    expect(argon2Calls()).toBe(0);
    await auth.authenticate(header(known.accountId, known.key));
    expect(argon2Calls()).toBe(1);
  });
});
