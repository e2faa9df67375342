// Who is calling: the `authorization: Ebb <account id>.<auth key>` header checked against the account's stored
// Argon2id hash. Argon2id on every request would cost each sync tens of milliseconds, so a key once verified
// is remembered (per process, bounded, for a while) as its SHA-256 and later compared in constant time. A
// key that does not match what is remembered, and an unknown account, cost the full Argon2id work (an
// unknown account's against a dummy hash): timing tells a caller without the key nothing.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SyncStorage } from '../storage/sync-storage.ts';
import { hashAuthKey, verifyAuthKey, type Argon2Cost } from './auth-key-hash.ts';
import { BYTES_32 } from './api-schemas.ts';

export interface AuthenticatorOptions {
  readonly cost: Argon2Cost;
  /** Verified keys remembered at most (least recently used forgotten first). */
  readonly cacheSize?: number;
  /** How long a verified key is remembered: bounds how long an account deleted through another server
   *  instance stays usable here. */
  readonly cacheMs?: number;
}

export interface Credential {
  readonly accountId: string;
  readonly authKey: Buffer;
}

export interface Authenticator {
  /** The account the header proves, or undefined (malformed header, unknown account, wrong key). */
  authenticate(header: string | undefined): Promise<string | undefined>;
  /** Whether `authKey` is the key `storedHash` was made from; remembered when it is. */
  verify(credential: Credential, storedHash: string | undefined): Promise<boolean>;
  /** The hash to store for a new account. */
  hashNew(credential: Credential): Promise<string>;
  /** Remembers a key as verified (a new account's, once stored). */
  remember(credential: Credential): void;
  /** Forgets an account (deleted, or gone from the database). */
  forget(accountId: string): void;
}

const HEADER = new RegExp(`^Ebb (${BYTES_32})\\.(${BYTES_32})$`);

export function parseAuthorization(header: string | undefined): Credential | undefined {
  const match = header === undefined ? null : HEADER.exec(header);
  if (match === null) return undefined;
  return { accountId: match[1] ?? '', authKey: Buffer.from(match[2] ?? '', 'base64url') };
}

const digest = (key: Uint8Array) => createHash('sha256').update(key).digest();

export function createAuthenticator(storage: SyncStorage, { cost, cacheSize = 10_000, cacheMs = 10 * 60_000 }: AuthenticatorOptions): Authenticator {
  /** accountId → SHA-256 of its verified key and when it was verified; Map order is least recently used first. */
  const verified = new Map<string, { digest: Buffer; at: number }>();
  // Made now, so the first unknown account does not take longer than later ones.
  const dummyHash = hashAuthKey(randomBytes(32), cost);

  const remember = (accountId: string, key: Uint8Array) => {
    verified.delete(accountId);
    verified.set(accountId, { digest: digest(key), at: Date.now() });
    if (verified.size > cacheSize) verified.delete(verified.keys().next().value ?? '');
  };

  const rememberedMatch = (credential: Credential): boolean => {
    const entry = verified.get(credential.accountId);
    if (entry === undefined) return false;
    if (Date.now() - entry.at > cacheMs) {
      verified.delete(credential.accountId);
      return false;
    }
    if (!timingSafeEqual(entry.digest, digest(credential.authKey))) return false;
    verified.delete(credential.accountId);
    verified.set(credential.accountId, entry);
    return true;
  };

  const verify = async (credential: Credential, storedHash: string | undefined): Promise<boolean> => {
    if (storedHash === undefined) {
      await verifyAuthKey(credential.authKey, await dummyHash);
      return false;
    }
    const ok = await verifyAuthKey(credential.authKey, storedHash);
    if (ok) remember(credential.accountId, credential.authKey);
    return ok;
  };

  /** Checks under way, by account and key digest: a device's requests arriving together share one check. */
  const pending = new Map<string, Promise<boolean>>();
  const check = (credential: Credential): Promise<boolean> => {
    const key = `${credential.accountId}.${digest(credential.authKey).toString('base64url')}`;
    const running = pending.get(key);
    if (running !== undefined) return running;
    const started = storage
      .findAccount(credential.accountId)
      .then((account) => verify(credential, account?.authKeyHash))
      .finally(() => pending.delete(key));
    pending.set(key, started);
    return started;
  };

  return {
    async authenticate(header) {
      const credential = parseAuthorization(header);
      if (credential === undefined) return undefined;
      if (rememberedMatch(credential)) return credential.accountId;
      return (await check(credential)) ? credential.accountId : undefined;
    },
    verify: (credential, storedHash) => (rememberedMatch(credential) ? Promise.resolve(true) : verify(credential, storedHash)),
    hashNew: (credential) => hashAuthKey(credential.authKey, cost),
    remember: (credential) => remember(credential.accountId, credential.authKey),
    forget: (accountId) => void verified.delete(accountId),
  };
}
