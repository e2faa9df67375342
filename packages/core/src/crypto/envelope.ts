// The versioned record envelope: every record Ebb stores is sealed with AES-256-GCM under the vault key.
// Format v1 (docs/crypto-format.md): [version byte = 1][12-byte random IV][ciphertext ‖ 16-byte tag],
// with additional authenticated data binding the format version, the record type and the record id,
// so a sealed record cannot be replayed under another id or type, or read as another format version.
import { concatBytes, utf8 } from './bytes.ts';

export const ENVELOPE_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES;

export interface RecordAddress {
  type: string;
  id: string;
}

export type EnvelopeErrorCode = 'unknown-version' | 'too-short' | 'authentication-failed';

/** Thrown when an envelope cannot be opened. Never carries plaintext. */
export class EnvelopeError extends Error {
  constructor(readonly code: EnvelopeErrorCode) {
    super(`Envelope could not be opened: ${code}`);
    this.name = 'EnvelopeError';
  }
}

/** The bytes authenticated alongside the ciphertext. JSON keeps the fields unambiguous. */
export function additionalData(version: number, address: RecordAddress): Uint8Array<ArrayBuffer> {
  return utf8(JSON.stringify(['ebb-record', version, address.type, address.id]));
}

export async function seal(key: CryptoKey, address: RecordAddress, plaintext: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(ENVELOPE_VERSION, address), tagLength: TAG_BYTES * 8 },
    key,
    plaintext,
  );
  return concatBytes(Uint8Array.of(ENVELOPE_VERSION), iv, new Uint8Array(ciphertext));
}

export async function open(key: CryptoKey, address: RecordAddress, envelope: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  if (envelope.length < HEADER_BYTES + TAG_BYTES) throw new EnvelopeError('too-short');
  const version = envelope[0];
  if (version !== ENVELOPE_VERSION) throw new EnvelopeError('unknown-version');
  try {
    const plaintext = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: envelope.slice(1, HEADER_BYTES),
        additionalData: additionalData(version, address),
        tagLength: TAG_BYTES * 8,
      },
      key,
      envelope.slice(HEADER_BYTES),
    );
    return new Uint8Array(plaintext);
  } catch {
    throw new EnvelopeError('authentication-failed');
  }
}
