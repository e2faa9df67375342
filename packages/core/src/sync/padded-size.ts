// The size a record is padded to before it is sealed for sync: the same buckets as records kept on the device
// (256 bytes, powers of two to 64 KiB, then steps of 64 KiB), so the server learns a bucket, not a length.
import { paddedLength } from '../store/at-rest.ts';

const LENGTH_BYTES = 4;

/** The bucket a record of this many bytes travels in (its length prefix included). */
export function syncPaddedSize(length: number): number {
  return paddedLength(LENGTH_BYTES + length);
}

/** [u32 length][content][zeros to the bucket]: what is sealed, so every record in a bucket seals to one size. */
export function padForSync(content: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(syncPaddedSize(content.length));
  new DataView(out.buffer).setUint32(0, content.length);
  out.set(content, LENGTH_BYTES);
  return out;
}

/** The content of a padded record, or undefined when the padding is not what padForSync makes. */
export function unpadFromSync(padded: Uint8Array): Uint8Array<ArrayBuffer> | undefined {
  if (padded.length < LENGTH_BYTES) return undefined;
  const length = new DataView(padded.buffer, padded.byteOffset, padded.byteLength).getUint32(0);
  if (padded.length !== syncPaddedSize(length)) return undefined;
  if (padded.subarray(LENGTH_BYTES + length).some((b) => b !== 0)) return undefined;
  return padded.slice(LENGTH_BYTES, LENGTH_BYTES + length);
}
