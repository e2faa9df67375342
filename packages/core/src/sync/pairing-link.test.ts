// Pairing links and codes: any secret round-trips, the code is carried after `#` and never in the query, and
// every typing mistake people make most (one wrong character, two neighbours swapped) is caught and named.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toHex } from '../crypto/bytes.ts';
import { generateSyncSecret } from './sync-keys.ts';
import {
  formatPairingCode,
  PAIRING_CODE_CHARS,
  pairingLink,
  parsePairingCode,
  parsePairingInput,
  parsePairingLink,
  type PairingResult,
} from './pairing-link.ts';

const secretArb = fc.uint8Array({ minLength: 32, maxLength: 32 });
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The check as documented: sum, position-weighted sum (both mod 32), then FNV-1a's top ten bits. */
function documentedCheck(data: string): string {
  const values = [...data].map((c) => ALPHABET.indexOf(c));
  const sum = values.reduce((n, v) => n + v, 0) % 32;
  const weighted = values.reduce((n, v, i) => n + (i + 1) * v, 0) % 32;
  let fnv = 0x811c9dc5;
  for (const v of values) fnv = Math.imul(fnv ^ v, 0x01000193) >>> 0;
  return [sum, weighted, fnv >>> 27, (fnv >>> 22) & 31].map((v) => ALPHABET[v]).join('');
}
const secretOf = (result: PairingResult) => (result.ok ? toHex(result.secret) : result.error);

describe('pairing code', () => {
  it('is 14 groups of 4 characters from an alphabet without I, L, O or U', () => {
    const code = formatPairingCode(generateSyncSecret());
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){13}$/);
    expect(code.replace(/-/g, '')).toHaveLength(PAIRING_CODE_CHARS);
  });

  it('round-trips any secret, and forgives case, spaces and I/L/O for 1/1/0 (property)', () => {
    fc.assert(
      fc.property(secretArb, (secret) => {
        const code = formatPairingCode(secret);
        expect(secretOf(parsePairingCode(code))).toBe(toHex(secret));
        const typed = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o')} `;
        expect(secretOf(parsePairingCode(typed))).toBe(toHex(secret));
      }),
      { numRuns: 300 },
    );
  });

  it('catches every single wrong character (property)', () => {
    fc.assert(
      fc.property(secretArb, fc.nat(PAIRING_CODE_CHARS - 1), fc.integer({ min: 1, max: 31 }), (secret, at, shift) => {
        const chars = [...formatPairingCode(secret).replace(/-/g, '')];
        chars[at] = ALPHABET[(ALPHABET.indexOf(chars[at]!) + shift) % 32]!;
        expect(parsePairingCode(chars.join(''))).toEqual({ ok: false, error: { kind: 'mistyped' } });
      }),
      { numRuns: 2000 },
    );
  });

  it('catches every swap of two different neighbouring characters in the secret part (property)', () => {
    fc.assert(
      fc.property(secretArb, fc.nat(PAIRING_CODE_CHARS - 6), (secret, at) => {
        const chars = [...formatPairingCode(secret).replace(/-/g, '')];
        fc.pre(chars[at] !== chars[at + 1]);
        [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
        expect(parsePairingCode(chars.join(''))).toEqual({ ok: false, error: { kind: 'mistyped' } });
      }),
      { numRuns: 2000 },
    );
  });

  it('says what is wrong with text that cannot be a code, and never throws (property)', () => {
    const code = formatPairingCode(generateSyncSecret());
    expect(parsePairingCode('')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(parsePairingCode(' - ')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(parsePairingCode(code.slice(0, -5))).toEqual({ ok: false, error: { kind: 'wrong-length', typed: 52, expected: 56 } });
    expect(parsePairingCode(`${code}-A`)).toEqual({ ok: false, error: { kind: 'wrong-length', typed: 57, expected: 56 } });
    const withU = `${code.slice(0, 10)}U${code.slice(11)}`;
    expect(parsePairingCode(withU)).toEqual({ ok: false, error: { kind: 'bad-character', character: 'U', group: 3 } });
    expect(parsePairingCode('ABCD-EF?H')).toEqual({ ok: false, error: { kind: 'bad-character', character: '?', group: 2 } });
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const result = parsePairingCode(text);
        if (!result.ok) expect(['empty', 'wrong-length', 'bad-character', 'mistyped']).toContain(result.error.kind);
      }),
      { numRuns: 1000 },
    );
  });

  it('has the check characters docs/crypto-format.md describes, and refuses spare bits set under a matching check', () => {
    fc.assert(
      fc.property(secretArb, (secret) => {
        const chars = formatPairingCode(secret).replace(/-/g, '');
        expect(chars.slice(52)).toBe(documentedCheck(chars.slice(0, 52)));
      }),
      { numRuns: 200 },
    );
    // The last data character holds one bit and four zeros; '1' sets a spare bit. The check fits, the code does not.
    const data = `${'0'.repeat(51)}1`;
    expect(parsePairingCode(data + documentedCheck(data))).toEqual({ ok: false, error: { kind: 'mistyped' } });
  });
});

describe('pairing link', () => {
  it('carries the code after # on the /pair page, and reads back to the secret', () => {
    const secret = generateSyncSecret();
    const link = pairingLink('https://ebb.example/', secret);
    expect(link).toBe(`https://ebb.example/pair#${formatPairingCode(secret)}`);
    expect(new URL(link).search).toBe('');
    expect(secretOf(parsePairingLink(link))).toBe(toHex(secret));
    expect(pairingLink('https://ebb.example/app/?from=home#top', secret)).toBe(`https://ebb.example/app/pair#${formatPairingCode(secret)}`);
    expect(secretOf(parsePairingInput(`  ${link} `))).toBe(toHex(secret));
    expect(secretOf(parsePairingInput(formatPairingCode(secret)))).toBe(toHex(secret));
  });

  it('ignores what messaging apps add to the query, but refuses a link with the code in its query', () => {
    const secret = generateSyncSecret();
    const code = formatPairingCode(secret);
    expect(secretOf(parsePairingLink(`https://ebb.example/pair?utm_source=chat#${code}`))).toBe(toHex(secret));
    expect(parsePairingLink(`https://ebb.example/pair?code=${code}`)).toEqual({ ok: false, error: { kind: 'in-query' } });
    expect(parsePairingLink(`https://ebb.example/pair?${code}#${code}`)).toEqual({ ok: false, error: { kind: 'in-query' } });
  });

  it('says plainly when a link is not a pairing link, has lost its code, or was mistyped', () => {
    const code = formatPairingCode(generateSyncSecret());
    expect(parsePairingLink('not a link')).toEqual({ ok: false, error: { kind: 'not-a-link' } });
    expect(parsePairingLink(`https://ebb.example/other#${code}`)).toEqual({ ok: false, error: { kind: 'not-a-link' } });
    expect(parsePairingLink(`javascript:alert(1)//pair#${code}`)).toEqual({ ok: false, error: { kind: 'not-a-link' } });
    expect(parsePairingLink('https://ebb.example/pair')).toEqual({ ok: false, error: { kind: 'no-code' } });
    expect(parsePairingLink('https://ebb.example/pair#')).toEqual({ ok: false, error: { kind: 'no-code' } });
    expect(parsePairingLink(`https://ebb.example/pair#${code.slice(0, 30)}`).ok).toBe(false);
    expect(parsePairingLink('https://ebb.example/pair#%E0%A4%A')).toEqual({ ok: false, error: { kind: 'mistyped' } });
  });

  it('never throws on any text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withFragments: true, withQueryParameters: true })), (text) => {
        expect(typeof parsePairingInput(text).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
