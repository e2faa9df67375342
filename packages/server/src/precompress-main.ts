// `npm run build -w @ebb/server` runs this after compiling: precompresses the built web app in place
// (packages/web/dist, or the folder given as the first argument).
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultWebRoot } from './web-root.ts';
import { precompressFolder } from './precompress.ts';

const root = process.argv[2] ?? defaultWebRoot;
try {
  await access(join(root, 'index.html'));
} catch {
  process.stderr.write(`Nothing to precompress: the web app is not built (no index.html in ${root}). Run "npm run build" first.\n`);
  process.exit(1);
}
const { files, bytes, brotliBytes, gzipBytes } = await precompressFolder(root);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
process.stdout.write(`Precompressed ${files} files: ${kb(bytes)} → brotli ${kb(brotliBytes)}, gzip ${kb(gzipBytes)}\n`);
