// Turns a passcode into key material with Argon2id. Parameters live in a versioned table: a stored lock
// records the version it used, so stronger settings can be added later without breaking older locks.
import { argon2id } from 'hash-wasm';

export interface KdfParameters {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/**
 * Version 1: 32 MiB, 3 passes, 1 lane — above OWASP's minimum (19 MiB, 2 passes), and chosen so that
 * unlocking stays within 1.5 s on a phone-class CPU (benchmark P6). Never edit a released entry.
 */
export const kdfVersions: Readonly<Record<number, KdfParameters>> = {
  1: { memoryKiB: 32768, iterations: 3, parallelism: 1 },
};

export const CURRENT_KDF_VERSION = 1;
export const KDF_SALT_BYTES = 16;

/** The same passcode typed on different keyboards (composed or decomposed characters) gives the same key. */
export const normalisePasscode = (passcode: string): string => passcode.normalize('NFKC');

export async function derivePasscodeBytes(passcode: string, salt: Uint8Array, version: number): Promise<Uint8Array<ArrayBuffer>> {
  const parameters = kdfVersions[version];
  if (!parameters) throw new Error(`Unknown key-derivation version ${version}`);
  const bytes = await argon2id({
    password: normalisePasscode(passcode),
    salt,
    iterations: parameters.iterations,
    memorySize: parameters.memoryKiB,
    parallelism: parameters.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  return new Uint8Array(bytes);
}
