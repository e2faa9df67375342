// AES-256 encryption of single blocks in plain TypeScript (FIPS-197, T-tables), for the file scan: making a
// Node cipher object for each of millions of candidate keys costs far more than the AES itself. Checked
// against Node's AES-256-ECB in file-scan.spec.ts; any window that passes is confirmed with Node's GCM.
const SBOX = new Uint8Array(256);
const TE = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)] as const;

const rotl8 = (x: number, n: number) => ((x << n) | (x >>> (8 - n))) & 0xff;
const times2 = (x: number) => ((x << 1) ^ (x & 0x80 ? 0x1b : 0)) & 0xff;
{
  // The S-box from the multiplicative inverse in GF(2^8) and the affine map.
  let p = 1;
  let q = 1;
  do {
    p = (p ^ ((p << 1) & 0xff) ^ (p & 0x80 ? 0x1b : 0)) & 0xff;
    q ^= q << 1;
    q ^= q << 2;
    q ^= q << 4;
    q &= 0xff;
    if (q & 0x80) q ^= 0x09;
    SBOX[p] = q ^ rotl8(q, 1) ^ rotl8(q, 2) ^ rotl8(q, 3) ^ rotl8(q, 4) ^ 0x63;
  } while (p !== 1);
  SBOX[0] = 0x63;
  for (let x = 0; x < 256; x++) {
    const s = SBOX[x]!;
    const word = ((times2(s) << 24) | (s << 16) | (s << 8) | (times2(s) ^ s)) >>> 0;
    TE[0][x] = word;
    TE[1][x] = ((word >>> 8) | (word << 24)) >>> 0;
    TE[2][x] = ((word >>> 16) | (word << 16)) >>> 0;
    TE[3][x] = ((word >>> 24) | (word << 8)) >>> 0;
  }
}
const [T0, T1, T2, T3] = TE;
const RCON = [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40];
const roundKeys = new Uint32Array(60);
const subWord = (w: number) => ((SBOX[w >>> 24]! << 24) | (SBOX[(w >>> 16) & 255]! << 16) | (SBOX[(w >>> 8) & 255]! << 8) | SBOX[w & 255]!) >>> 0;

/** Expands a 32-byte key at `at` in `bytes` into the shared round keys (used by encryptBlock until the next call). */
export function setKey(bytes: Uint8Array, at: number): void {
  const w = roundKeys;
  for (let i = 0; i < 8; i++)
    w[i] = ((bytes[at + 4 * i]! << 24) | (bytes[at + 4 * i + 1]! << 16) | (bytes[at + 4 * i + 2]! << 8) | bytes[at + 4 * i + 3]!) >>> 0;
  for (let i = 8; i < 60; i++) {
    let t = w[i - 1]!;
    if (i % 8 === 0) t = (subWord(((t << 8) | (t >>> 24)) >>> 0) ^ (RCON[i / 8 - 1]! << 24)) >>> 0;
    else if (i % 8 === 4) t = subWord(t);
    w[i] = (w[i - 8]! ^ t) >>> 0;
  }
}

/** Encrypts the 16 bytes at `at` in `input` under the last key set, into `out`. */
export function encryptBlock(input: Uint8Array, at: number, out: Uint8Array): void {
  const k = roundKeys;
  const word = (i: number) => (input[at + i]! << 24) | (input[at + i + 1]! << 16) | (input[at + i + 2]! << 8) | input[at + i + 3]!;
  let s0 = word(0) ^ k[0]!;
  let s1 = word(4) ^ k[1]!;
  let s2 = word(8) ^ k[2]!;
  let s3 = word(12) ^ k[3]!;
  for (let r = 1; r < 14; r++) {
    const t0 = T0[s0 >>> 24]! ^ T1[(s1 >>> 16) & 255]! ^ T2[(s2 >>> 8) & 255]! ^ T3[s3 & 255]! ^ k[4 * r]!;
    const t1 = T0[s1 >>> 24]! ^ T1[(s2 >>> 16) & 255]! ^ T2[(s3 >>> 8) & 255]! ^ T3[s0 & 255]! ^ k[4 * r + 1]!;
    const t2 = T0[s2 >>> 24]! ^ T1[(s3 >>> 16) & 255]! ^ T2[(s0 >>> 8) & 255]! ^ T3[s1 & 255]! ^ k[4 * r + 2]!;
    const t3 = T0[s3 >>> 24]! ^ T1[(s0 >>> 16) & 255]! ^ T2[(s1 >>> 8) & 255]! ^ T3[s2 & 255]! ^ k[4 * r + 3]!;
    s0 = t0;
    s1 = t1;
    s2 = t2;
    s3 = t3;
  }
  const last = (a: number, b: number, c: number, d: number, rk: number) =>
    ((SBOX[a >>> 24]! << 24) | (SBOX[(b >>> 16) & 255]! << 16) | (SBOX[(c >>> 8) & 255]! << 8) | SBOX[d & 255]!) ^ rk;
  const o = [last(s0, s1, s2, s3, k[56]!), last(s1, s2, s3, s0, k[57]!), last(s2, s3, s0, s1, k[58]!), last(s3, s0, s1, s2, k[59]!)];
  for (let i = 0; i < 4; i++) {
    out[4 * i] = o[i]! >>> 24;
    out[4 * i + 1] = (o[i]! >>> 16) & 255;
    out[4 * i + 2] = (o[i]! >>> 8) & 255;
    out[4 * i + 3] = o[i]! & 255;
  }
}
