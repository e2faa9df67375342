// Base64 for backup payloads of any size up to MAX_BACKUP_BYTES, by lookup table in one pass over the bytes.
// A regular expression over a payload of millions of characters overflows the stack (a backup that cannot
// be read back is no backup), and building the text through String.fromCharCode takes seconds: here the
// base64 characters are written as ASCII bytes and turned into text in one step, and back.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 61; // '='

const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
/** Each ASCII byte's value in the alphabet, or -1. */
const VALUES = new Int8Array(256).fill(-1);
CODES.forEach((code, i) => (VALUES[code] = i));

const ascii = new TextDecoder();
const encoder = new TextEncoder();

export function encodeBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const whole = bytes.length - (bytes.length % 3);
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = CODES[n >> 18] ?? 0;
    out[o++] = CODES[(n >> 12) & 63] ?? 0;
    out[o++] = CODES[(n >> 6) & 63] ?? 0;
    out[o++] = CODES[n & 63] ?? 0;
  }
  const rest = bytes.length - whole;
  if (rest > 0) {
    const n = ((bytes[whole] ?? 0) << 16) | (rest === 2 ? (bytes[whole + 1] ?? 0) << 8 : 0);
    out[o++] = CODES[n >> 18] ?? 0;
    out[o++] = CODES[(n >> 12) & 63] ?? 0;
    out[o++] = rest === 2 ? (CODES[(n >> 6) & 63] ?? 0) : PAD;
    out[o] = PAD;
  }
  return ascii.decode(out);
}

/** Strict: throws on anything that is not canonical standard base64 (alphabet, padding, unused bits). */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const chars = encoder.encode(text);
  // Any character outside ASCII takes more than one byte, so the lengths differ.
  if (chars.length !== text.length || chars.length % 4 !== 0) throw new Error('Not base64');
  const padding = chars[chars.length - 1] === PAD ? (chars[chars.length - 2] === PAD ? 2 : 1) : 0;
  const out = new Uint8Array((chars.length / 4) * 3 - padding);
  const at = (i: number): number => {
    const v = VALUES[chars[i] ?? 0] ?? -1;
    if (v < 0) throw new Error('Not base64');
    return v;
  };
  const whole = chars.length - (padding ? 4 : 0);
  let o = 0;
  for (let i = 0; i < whole; i += 4) {
    const n = (at(i) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6) | at(i + 3);
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 0xff;
    out[o++] = n & 0xff;
  }
  if (padding === 2) {
    const n = (at(whole) << 18) | (at(whole + 1) << 12);
    if (n & 0xffff) throw new Error('Not base64');
    out[o] = n >> 16;
  } else if (padding === 1) {
    const n = (at(whole) << 18) | (at(whole + 1) << 12) | (at(whole + 2) << 6);
    if (n & 0xff) throw new Error('Not base64');
    out[o++] = n >> 16;
    out[o] = (n >> 8) & 0xff;
  }
  return out;
}
