// The at-rest layout: how a record is kept on the device. Its stored name is an HMAC of its kind and id, and
// its stored value a box that seals the kind, the id and the record's envelope together, padded to a size
// bucket. Someone with the browser's files sees only random-looking names and values of a few sizes: not
// which kinds of record there are, not months or ids, not how long anything is (docs/crypto-format.md).
import { concatBytes, fromUtf8, toHex, utf8 } from '../crypto/bytes.ts';
import { EnvelopeError, type RecordAddress } from '../crypto/envelope.ts';
import type { AtRestKeys } from './at-rest-keys.ts';
import type { SealedRecord } from './store.ts';

export const AT_REST_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES;
/** A stored name: the first 16 bytes of the HMAC, in hex. */
const NAME_BYTES = 16;

/** One record as the device keeps it. */
export interface StoredRecord {
  name: string;
  box: Uint8Array<ArrayBuffer>;
}

/** Where stored records are kept: IndexedDB in the browser, memory in tests. Never sees a kind or an id. */
export interface AtRestStorage {
  get(name: string): Promise<Uint8Array<ArrayBuffer> | undefined>;
  /** Every stored name. */
  names(): Promise<string[]>;
  /** The stored records with these names (those that are gone are left out). */
  getMany(names: readonly string[]): Promise<StoredRecord[]>;
  all(): Promise<StoredRecord[]>;
  /** One atomic step: with `replace` everything goes first; then `remove` goes and `put` is written. */
  write(put: readonly StoredRecord[], remove: readonly string[], options: { replace: boolean }): Promise<void>;
}

/** The smallest bucket, then powers of two up to 64 KiB, then steps of 64 KiB. */
export function paddedLength(length: number): number {
  const step = 65_536;
  if (length > step) return Math.ceil(length / step) * step;
  let size = 256;
  while (size < length) size *= 2;
  return size;
}

export async function storedName(keys: AtRestKeys, address: RecordAddress): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', keys.name, utf8(JSON.stringify(['ebb-record-name', address.type, address.id])));
  return toHex(new Uint8Array(mac, 0, NAME_BYTES));
}

const boxAad = (name: string) => utf8(JSON.stringify(['ebb-at-rest', AT_REST_VERSION, name]));

const u32 = (n: number) => {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, n);
  return bytes;
};

/**
 * Box plaintext: [u32 address length][address JSON [type, id]][u32 envelope length][envelope][zeros to the
 * bucket]. The box: [version byte][12-byte IV][AES-GCM ciphertext ‖ tag], its stored name authenticated.
 */
export async function sealAtRest(keys: AtRestKeys, record: SealedRecord): Promise<StoredRecord> {
  const name = await storedName(keys, record);
  const address = utf8(JSON.stringify([record.type, record.id]));
  const content = concatBytes(u32(address.length), address, u32(record.envelope.length), record.envelope);
  const plaintext = new Uint8Array(paddedLength(content.length));
  plaintext.set(content);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: boxAad(name), tagLength: TAG_BYTES * 8 }, keys.box, plaintext);
  return { name, box: concatBytes(Uint8Array.of(AT_REST_VERSION), iv, new Uint8Array(ciphertext)) };
}

/** Opens a stored record to its kind, id and envelope. Throws EnvelopeError if these keys did not seal it. */
export async function openAtRest(keys: AtRestKeys, stored: StoredRecord): Promise<SealedRecord> {
  const { box } = stored;
  if (box.length < HEADER_BYTES + TAG_BYTES) throw new EnvelopeError('too-short');
  if (box[0] !== AT_REST_VERSION) throw new EnvelopeError('unknown-version');
  let plaintext: Uint8Array;
  try {
    plaintext = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: box.slice(1, HEADER_BYTES), additionalData: boxAad(stored.name), tagLength: TAG_BYTES * 8 },
        keys.box,
        box.slice(HEADER_BYTES),
      ),
    );
  } catch {
    throw new EnvelopeError('authentication-failed');
  }
  const view = new DataView(plaintext.buffer, plaintext.byteOffset, plaintext.byteLength);
  const addressLength = view.getUint32(0);
  const [type, id] = JSON.parse(fromUtf8(plaintext.subarray(4, 4 + addressLength))) as [string, string];
  const envelopeLength = view.getUint32(4 + addressLength);
  const start = 8 + addressLength;
  return { type, id, envelope: plaintext.slice(start, start + envelopeLength) };
}
