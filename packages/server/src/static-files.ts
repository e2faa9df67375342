// The built app's files, read from disk and kept in memory with their verified precompressed copies.
// Each request checks the file's size and time on disk (one stat), so a file replaced while the server
// runs (a new build, a new service worker) is served new at once. A .br or .gz copy is used only when it
// decompresses to exactly the file's bytes: a stale or damaged copy is never sent. The web root is the
// built app (well under a megabyte with its copies), so holding it in memory costs little.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ENCODINGS, type Encoding } from './accept-encoding.ts';
import { contentType, isCompressible } from './content-types.ts';
import { decompress, SUFFIX } from './precompress.ts';

export interface Representation {
  body: Buffer;
  etag: string;
}

export interface StaticFile {
  type: string;
  identity: Representation;
  /** Verified precompressed copies; empty when there are none. */
  variants: Partial<Record<Encoding, Representation>>;
}

const MISSING = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG', 'EISDIR']);
const isMissing = (error: unknown) => error instanceof Error && MISSING.has((error as NodeJS.ErrnoException).code ?? '');

/** The file's path under the root for a decoded URL path, or null for anything that could leave the root. */
function filePath(root: string, urlPath: string): string | null {
  if (urlPath.includes('\0') || urlPath.includes('\\')) return null;
  const segments = urlPath.split('/').filter((segment) => segment !== '');
  // No "..", no "." and no hidden files: nothing outside the built app, and nothing it did not publish.
  if (segments.some((segment) => segment.startsWith('.'))) return null;
  // A compressed copy is only ever sent as an encoding of its file, with that file's type.
  if (Object.values(SUFFIX).some((suffix) => urlPath.endsWith(suffix))) return null;
  if (urlPath.endsWith('/')) segments.push('index.html');
  return join(root, ...segments);
}

/** How often a file served without all its compressed copies looks for them again (say, a build still running). */
const COPY_RECHECK_MS = 1000;

interface Entry {
  version: string;
  file: Promise<StaticFile>;
  loadedAt: number;
  /** Every copy this file can have was found: nothing more to look for until the file changes. */
  complete: boolean;
}

export class StaticFiles {
  private readonly cache = new Map<string, Entry>();

  constructor(private readonly root: string) {}

  /** The file at a decoded URL path, or null when there is none (missing, a folder, or outside the app). */
  async find(urlPath: string): Promise<StaticFile | null> {
    const path = filePath(this.root, urlPath);
    if (path === null) return null;
    const stats = await stat(path).catch((error: unknown) => {
      if (isMissing(error)) return null;
      throw error;
    });
    if (stats === null || !stats.isFile()) return null;
    // A file replaced between this stat and the read below is only read again on the next request.
    const version = `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
    const cached = this.cache.get(path);
    const now = performance.now();
    if (cached?.version === version && (cached.complete || now - cached.loadedAt < COPY_RECHECK_MS)) return cached.file;
    const entry: Entry = { version, file: readFile(path).then((body) => load(path, body)), loadedAt: now, complete: false };
    this.cache.set(path, entry);
    entry.file.then(
      (file) => (entry.complete = !isCompressible(path) || Object.keys(file.variants).length === ENCODINGS.length),
      () => this.cache.get(path) === entry && this.cache.delete(path), // the next request tries again
    );
    return entry.file;
  }
}

async function load(path: string, body: Buffer): Promise<StaticFile> {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  const variants: Partial<Record<Encoding, Representation>> = {};
  for (const encoding of ENCODINGS) {
    const copy = await readFile(path + SUFFIX[encoding]).catch((error: unknown) => {
      if (isMissing(error)) return null;
      throw error;
    });
    if (copy !== null && matches(encoding, copy, body)) variants[encoding] = { body: copy, etag: `"${hash}-${encoding}"` };
  }
  return { type: contentType(path), identity: { body, etag: `"${hash}"` }, variants };
}

function matches(encoding: Encoding, copy: Buffer, body: Buffer): boolean {
  try {
    return decompress[encoding](copy).equals(body);
  } catch {
    return false; // a damaged copy is skipped; the file itself is still served
  }
}
