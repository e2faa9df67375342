// The Content-Type for each kind of file in the built app, and which kinds are worth compressing
// (text; PNG images are compressed already).
import { extname } from 'node:path';

const TYPES: Record<string, { type: string; compressible: boolean }> = {
  '.html': { type: 'text/html; charset=utf-8', compressible: true },
  '.js': { type: 'text/javascript; charset=utf-8', compressible: true },
  '.mjs': { type: 'text/javascript; charset=utf-8', compressible: true },
  '.css': { type: 'text/css; charset=utf-8', compressible: true },
  '.json': { type: 'application/json; charset=utf-8', compressible: true },
  '.map': { type: 'application/json; charset=utf-8', compressible: true },
  '.webmanifest': { type: 'application/manifest+json; charset=utf-8', compressible: true },
  '.svg': { type: 'image/svg+xml', compressible: true },
  '.txt': { type: 'text/plain; charset=utf-8', compressible: true },
  '.xml': { type: 'application/xml; charset=utf-8', compressible: true },
  '.wasm': { type: 'application/wasm', compressible: true },
  '.ico': { type: 'image/x-icon', compressible: true },
  '.png': { type: 'image/png', compressible: false },
  '.jpg': { type: 'image/jpeg', compressible: false },
  '.webp': { type: 'image/webp', compressible: false },
  '.woff2': { type: 'font/woff2', compressible: false },
};

export const contentType = (path: string): string => TYPES[extname(path).toLowerCase()]?.type ?? 'application/octet-stream';

export const isCompressible = (path: string): boolean => TYPES[extname(path).toLowerCase()]?.compressible ?? false;
