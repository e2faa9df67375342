// The build's precompression: a brotli and a gzip copy beside each text file, exact, only when smaller,
// never for images, and no outdated copy left behind.
import { mkdtemp, mkdir, readFile, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressFolder } from './precompress.ts';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('precompressFolder', () => {
  it('writes exact, smaller brotli and gzip copies of text files, in sub-folders too', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ebb-precompress-'));
    await mkdir(join(root, 'assets'));
    const html = '<!doctype html><p>Hello</p>'.repeat(50);
    const js = 'export const a = "ebb";\n'.repeat(100);
    await writeFile(join(root, 'index.html'), html);
    await writeFile(join(root, 'assets', 'main-1.js'), js);
    await writeFile(join(root, 'icon.png'), Buffer.alloc(3000, 1));
    const report = await precompressFolder(root);
    expect(report.files).toBe(2);
    expect(brotliDecompressSync(await readFile(join(root, 'index.html.br'))).toString()).toBe(html);
    expect(gunzipSync(await readFile(join(root, 'index.html.gz'))).toString()).toBe(html);
    expect(brotliDecompressSync(await readFile(join(root, 'assets', 'main-1.js.br'))).toString()).toBe(js);
    expect((await readFile(join(root, 'assets', 'main-1.js.br'))).length).toBeLessThan(js.length);
    expect(await exists(join(root, 'icon.png.br'))).toBe(false);
    expect(await exists(join(root, 'index.html.br.br'))).toBe(false);
  });

  it('skips a copy that would not be smaller and removes an older one', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ebb-precompress-'));
    await writeFile(join(root, 'tiny.js'), 'a');
    await writeFile(join(root, 'tiny.js.br'), 'a copy from an earlier build');
    await precompressFolder(root);
    expect(await exists(join(root, 'tiny.js.br'))).toBe(false);
    expect(await exists(join(root, 'tiny.js.gz'))).toBe(false);
  });

  it('gives the same bytes every time, so a rebuild does not change a copy needlessly', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ebb-precompress-'));
    await writeFile(join(root, 'sw.js'), 'self.addEventListener("install", () => {});\n'.repeat(30));
    await precompressFolder(root);
    const first = [await readFile(join(root, 'sw.js.br')), await readFile(join(root, 'sw.js.gz'))];
    await precompressFolder(root);
    expect(await readFile(join(root, 'sw.js.br'))).toEqual(first[0]);
    expect(await readFile(join(root, 'sw.js.gz'))).toEqual(first[1]);
  });
});
