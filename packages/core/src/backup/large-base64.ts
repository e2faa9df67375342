// Base64 for backup payloads of any size up to MAX_BACKUP_BYTES. Encoded a slice at a time and decoded with
// a lookup table in one pass: a regular expression or a single call over a payload of millions of
// characters overflows the stack, and a backup that cannot be read back is no backup.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** A multiple of 3, so every slice encodes to whole base64 quads and the slices join into one text. */
const ENCODE_SLICE = 3 * 8192;

const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += ENCODE_SLICE) parts.push(btoa(String.fromCharCode(...bytes.subarray(i, i + ENCODE_SLICE))));
  return parts.join('');
}

const value = (text: string, at: number): number => {
  const code = text.charCodeAt(at);
  const v = code < 128 ? (VALUES[code] ?? -1) : -1;
  if (v < 0) throw new Error('Not base64');
  return v;
};

/** Strict: throws on anything that is not canonical standard base64 (padding, alphabet, unused bits). */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  if (text.length % 4 !== 0) throw new Error('Not base64');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  const whole = text.length - (padding ? 4 : 0);
  let o = 0;
  for (let i = 0; i < whole; i += 4) {
    const n = (value(text, i) << 18) | (value(text, i + 1) << 12) | (value(text, i + 2) << 6) | value(text, i + 3);
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 0xff;
    out[o++] = n & 0xff;
  }
  if (padding === 2) {
    const a = value(text, whole);
    const b = value(text, whole + 1);
    if (b & 0x0f) throw new Error('Not base64');
    out[o] = (a << 2) | (b >> 4);
  } else if (padding === 1) {
    const a = value(text, whole);
    const b = value(text, whole + 1);
    const c = value(text, whole + 2);
    if (c & 0x03) throw new Error('Not base64');
    out[o++] = (a << 2) | (b >> 4);
    out[o] = ((b & 0x0f) << 4) | (c >> 2);
  }
  return out;
}
