// Build step after the web build: writes a brotli (.br) and a gzip (.gz) copy beside every text file of the
// built app, at the highest levels, so the server sends compressed bytes without compressing per request.
// A copy is written only when it is smaller than the file; the server checks each copy against its file.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompressSync, constants, gunzipSync, gzip } from 'node:zlib';
import type { Encoding } from './accept-encoding.ts';
import { isCompressible } from './content-types.ts';

export const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const compress: Record<Encoding, (bytes: Buffer) => Promise<Buffer>> = {
  br: (bytes) =>
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gzip: (bytes) => gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }),
};

/** The bytes a copy stands for; throws if the copy is damaged. */
export const decompress: Record<Encoding, (bytes: Buffer) => Buffer> = {
  br: (bytes) => brotliDecompressSync(bytes),
  gzip: (bytes) => gunzipSync(bytes),
};

export interface PrecompressReport {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

export async function precompressFolder(root: string): Promise<PrecompressReport> {
  const names = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && isCompressible(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  const report: PrecompressReport = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  await Promise.all(
    names.map(async (path) => {
      const bytes = await readFile(path);
      const [br, gz] = await Promise.all([compress.br(bytes), compress.gzip(bytes)]);
      report.files += 1;
      report.bytes += bytes.length;
      for (const [encoding, copy] of [
        ['br', br],
        ['gzip', gz],
      ] as const) {
        const target = path + SUFFIX[encoding];
        if (copy.length < bytes.length) await writeFile(target, copy);
        else await rm(target, { force: true }); // never leave an older copy that no longer matches
        report[encoding === 'br' ? 'brotliBytes' : 'gzipBytes'] += Math.min(copy.length, bytes.length);
      }
    }),
  );
  return report;
}
