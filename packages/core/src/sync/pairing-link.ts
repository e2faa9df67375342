// Pairing a second device: the sync secret written as a link (`…/pair#<code>`, the code after `#` so it never
// reaches a server: browsers do not send the fragment) or as a code typed by hand in groups of four. The code
// is Crockford base32 with four check characters, so a mistyped code is caught and said plainly instead of
// pairing with nothing (docs/crypto-format.md, "Sync").
import { readFragmentLink } from '../crypto/fragment-link.ts';
import { SYNC_SECRET_BYTES } from './sync-keys.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 256 bits in 5-bit characters: 52, the last holding one bit and four zeros. */
const DATA_CHARS = Math.ceil((SYNC_SECRET_BYTES * 8) / 5);
const CHECK_CHARS = 4;
export const PAIRING_CODE_CHARS = DATA_CHARS + CHECK_CHARS;
const GROUP = 4;
const PAIR_PATH = 'pair';

/** Why a typed code or a link could not give a secret: each has its own plain sentence in the app. */
export type PairingError =
  /** Nothing was typed. */
  | { kind: 'empty' }
  /** Too few or too many characters (typed counts letters and digits only). */
  | { kind: 'wrong-length'; typed: number; expected: number }
  /** A character that is in no code, and the group (from 1) it is in. */
  | { kind: 'bad-character'; character: string; group: number }
  /** Every character is possible but the check characters do not match: a typing mistake. */
  | { kind: 'mistyped' }
  /** Not a pairing link (not a web address, or not one ending in /pair). */
  | { kind: 'not-a-link' }
  /** A pairing link whose code after `#` is missing, as when an app cuts the end off a link. */
  | { kind: 'no-code' }
  /** The code was in the address's query, which is sent to servers: refused, and a new link should be made. */
  | { kind: 'in-query' };

export type PairingResult = { ok: true; secret: Uint8Array<ArrayBuffer> } | { ok: false; error: PairingError };

const fail = (error: PairingError): PairingResult => ({ ok: false, error });

/**
 * Four check characters over the 52 data characters' values s: the sum (any one wrong character changes it),
 * the sum weighted by position (two neighbours swapped change it), and ten bits of FNV-1a for the rest.
 */
function checkValues(symbols: readonly number[]): number[] {
  let sum = 0;
  let weighted = 0;
  let fnv = 0x811c9dc5;
  symbols.forEach((s, i) => {
    sum += s;
    weighted += (i + 1) * s;
    fnv = Math.imul(fnv ^ s, 0x01000193) >>> 0;
  });
  return [sum & 31, weighted & 31, (fnv >>> 27) & 31, (fnv >>> 22) & 31];
}

/** The code in groups of four, e.g. `7K2M-…`: 14 groups, the last four characters the check. */
export function formatPairingCode(secret: Uint8Array): string {
  if (secret.length !== SYNC_SECRET_BYTES) throw new RangeError(`A sync secret is ${SYNC_SECRET_BYTES} bytes`);
  const symbols: number[] = [];
  let value = 0;
  let bits = 0;
  for (const byte of secret) {
    value = ((value << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      symbols.push((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) symbols.push((value << (5 - bits)) & 31);
  const text = [...symbols, ...checkValues(symbols)].map((s) => ALPHABET[s]).join('');
  return (text.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? []).join('-');
}

/** Reads a typed code: case, spaces and dashes do not matter, and I, L and O are read as 1, 1 and 0. */
export function parsePairingCode(text: string): PairingResult {
  const cleaned = text.toUpperCase().replace(/[\s\-‐‑–—]/g, '');
  if (cleaned === '') return fail({ kind: 'empty' });
  const symbols: number[] = [];
  for (const [index, char] of [...cleaned].entries()) {
    const digit = ALPHABET.indexOf(char.replace(/[IL]/, '1').replace('O', '0'));
    if (digit < 0) return fail({ kind: 'bad-character', character: char, group: Math.floor(index / GROUP) + 1 });
    symbols.push(digit);
  }
  if (symbols.length !== PAIRING_CODE_CHARS) return fail({ kind: 'wrong-length', typed: symbols.length, expected: PAIRING_CODE_CHARS });
  const data = symbols.slice(0, DATA_CHARS);
  const expected = checkValues(data);
  if (expected.some((c, i) => c !== symbols[DATA_CHARS + i])) return fail({ kind: 'mistyped' });
  const secret = new Uint8Array(SYNC_SECRET_BYTES);
  let value = 0;
  let bits = 0;
  let index = 0;
  for (const s of data) {
    value = ((value << 5) | s) & 0xfff;
    bits += 5;
    if (bits >= 8 && index < SYNC_SECRET_BYTES) {
      secret[index++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  // The last character's four spare bits are zeros in every code Ebb writes.
  if ((value & ((1 << bits) - 1)) !== 0) return fail({ kind: 'mistyped' });
  return { ok: true, secret };
}

/** The link for a second device: the app's address, then `/pair#` and the code. Never in the query. */
export function pairingLink(appAddress: string, secret: Uint8Array): string {
  const url = new URL(appAddress);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${PAIR_PATH}`;
  url.search = '';
  url.hash = formatPairingCode(secret);
  return url.href;
}

/** Reads a pairing link. A code found in its query is refused: it has been sent to a server, so it is spent. */
export function parsePairingLink(text: string): PairingResult {
  const link = readFragmentLink(text, PAIR_PATH, (value) => parsePairingCode(value).ok);
  if (!link.ok) return fail({ kind: link.kind });
  const code = link.fragment;
  if (code === '') return fail({ kind: 'no-code' });
  let decoded: string;
  try {
    decoded = decodeURIComponent(code);
  } catch {
    return fail({ kind: 'mistyped' });
  }
  return parsePairingCode(decoded);
}

/** One field that takes either: a link when it looks like a web address, otherwise a typed code. */
export function parsePairingInput(text: string): PairingResult {
  return /^\s*[a-z][a-z0-9+.-]*:\/\//i.test(text) ? parsePairingLink(text) : parsePairingCode(text);
}
