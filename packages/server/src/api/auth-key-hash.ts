// The Argon2id hash the server keeps of an account's auth key (docs/sync-api.md, "Accounts"), in the standard
// encoded form, and its check. The comparison of hash bytes is constant-time.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { argon2id } from 'hash-wasm';

export interface Argon2Cost {
  /** KiB of memory. */
  readonly memorySize: number;
  readonly iterations: number;
  readonly parallelism: number;
}

/** OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane): the auth key is 32 random bytes already, so the
 *  hash guards a stolen database, not a guessable password. */
export const PRODUCTION_ARGON2_COST: Argon2Cost = { memorySize: 19_456, iterations: 2, parallelism: 1 };

const HASH_BYTES = 32;
const SALT_BYTES = 16;
const ENCODED = /^\$argon2id\$v=19\$m=([0-9]{1,7}),t=([0-9]{1,3}),p=([0-9]{1,2})\$([A-Za-z0-9+/]{16,})\$([A-Za-z0-9+/]{16,})$/;

const unpadded = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/=+$/, '');

const derive = async (key: Uint8Array, salt: Uint8Array, cost: Argon2Cost, hashLength: number): Promise<Uint8Array> =>
  argon2id({ password: key, salt, ...cost, hashLength, outputType: 'binary' });

/** The encoded Argon2id hash of `key` with a fresh salt. */
export async function hashAuthKey(key: Uint8Array, cost: Argon2Cost): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(key, salt, cost, HASH_BYTES);
  return `$argon2id$v=19$m=${cost.memorySize},t=${cost.iterations},p=${cost.parallelism}$${unpadded(salt)}$${unpadded(hash)}`;
}

/** True when `key` is the one `encoded` was made from; false for a wrong key or a hash this server did not write. */
export async function verifyAuthKey(key: Uint8Array, encoded: string): Promise<boolean> {
  const match = ENCODED.exec(encoded);
  if (match === null) return false;
  const [, m, t, p, salt, hash] = match as unknown as [string, string, string, string, string, string];
  const expected = Buffer.from(hash, 'base64');
  const cost = { memorySize: Number(m), iterations: Number(t), parallelism: Number(p) };
  const actual = await derive(key, Buffer.from(salt, 'base64'), cost, expected.length);
  return timingSafeEqual(Buffer.from(actual), expected);
}
