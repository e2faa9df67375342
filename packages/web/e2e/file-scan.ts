// The attacker's scan from issue 11 (H1/H2), as a test helper: every 32-byte window of every file in a
// browser profile is tried as the AES-256-GCM key of known sealed records (docs/crypto-format.md: byte 0
// the version, 12-byte IV, ciphertext and tag; AAD = JSON ["ebb-record", version, type, id]).
// Fast path: AES-GCM encrypts the first plaintext block with counter block IV‖00000002, and every record's
// plaintext starts with {"v":, so one AES block per window and record (aes-block.ts) rules a window out; a
// window that passes is then checked for real by Node's AES-256-GCM decryption, tag included.
import { createDecipheriv } from 'node:crypto';
import { lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { encryptBlock, setKey } from './aes-block.ts';

export interface KnownRecord {
  type: string;
  id: string;
  envelope: Buffer;
}

export interface ScanResult {
  /** "file @ offset opens type/id" for every window that opened a record: must stay empty. */
  found: string[];
  files: number;
  bytes: number;
  ms: number;
}

const PREFIX = Buffer.from('{"v":');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isDirectory()) out.push(...filesUnder(path));
    else if (stat.isFile()) out.push(path);
  }
  return out;
}

function opens(key: Buffer, record: KnownRecord): boolean {
  const { envelope } = record;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, envelope.subarray(1, 13));
    decipher.setAAD(Buffer.from(JSON.stringify(['ebb-record', envelope[0], record.type, record.id])));
    decipher.setAuthTag(envelope.subarray(envelope.length - 16));
    decipher.update(envelope.subarray(13, envelope.length - 16));
    decipher.final();
    return true;
  } catch {
    return false;
  }
}

/** Scans `files` (default: every file under `dir`) for a key that opens any of `records`. */
export function scanForRecordKeys(dir: string, records: readonly KnownRecord[], files = filesUnder(dir)): ScanResult {
  const started = performance.now();
  const counterBlocks = Buffer.concat(records.map((r) => Buffer.concat([r.envelope.subarray(1, 13), Buffer.from([0, 0, 0, 2])])));
  const found: string[] = [];
  const stream = new Uint8Array(16);
  let bytes = 0;
  for (const file of files) {
    let data: Buffer;
    try {
      data = readFileSync(file);
    } catch {
      continue; // a socket or a file the browser removed meanwhile
    }
    bytes += data.length;
    for (let at = 0; at + 32 <= data.length; at++) {
      // A run of one repeated byte (zeros, padding) is the same window again: try it once.
      if (at > 0 && data[at - 1] === data[at + 31] && data.subarray(at, at + 32).every((b) => b === data[at])) continue;
      setKey(data, at);
      records.forEach((record, r) => {
        encryptBlock(counterBlocks, r * 16, stream);
        for (let i = 0; i < PREFIX.length; i++) if ((stream[i]! ^ record.envelope[13 + i]!) !== PREFIX[i]) return;
        const key = Buffer.from(data.subarray(at, at + 32));
        if (opens(key, record)) found.push(`${file} @ ${at} opens ${record.type}/${record.id}`);
      });
    }
  }
  return { found, files: files.length, bytes, ms: Math.round(performance.now() - started) };
}
