// Builds the PWA: Preact with the first screen prerendered, CSS inlined into the HTML (no render-blocking
// request), and a Workbox service worker (src/sw) that precaches everything for offline use.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { isLanguage, languages, type Language } from '../content/src/language.ts';
import { baseOf, firstPaintHtml, firstPaintWords, plainManifest } from './src/i18n/first-paint-words.ts';

/** This build's language (scripts/build-languages.mjs builds each): English at /, the others under /<language>/. */
const language: Language = ((chosen = process.env.EBB_LANGUAGE ?? 'en') => {
  if (!isLanguage(chosen)) throw new Error(`EBB_LANGUAGE must be one of ${languages.join(', ')}`);
  return chosen;
})();
const base = baseOf(language);
const outDir = fileURLToPath(new URL(`./dist${base}`, import.meta.url));

/**
 * Gives every precached file its integrity hash: the worker then installs, and repairs a missing file with,
 * only the exact bytes of this build (see src/sw/precache-repair.ts).
 */
async function withIntegrity<Entry extends { url: string }>(entries: Entry[]): Promise<{ manifest: Array<Entry & { integrity: string }> }> {
  const hash = async (url: string) =>
    `sha256-${createHash('sha256')
      .update(await readFile(outDir + url))
      .digest('base64')}`;
  return { manifest: await Promise.all(entries.map(async (entry) => ({ ...entry, integrity: await hash(entry.url) }))) };
}

/**
 * Puts this language into the HTML before anything paints: `lang`, the description, the neutral name of
 * discreet mode, addresses under this build's base, the script that moves to the person's language, and the
 * plain manifest of discreet mode.
 */
function languageHtml(): Plugin {
  return {
    name: 'ebb-language-html',
    transformIndexHtml: (html) => firstPaintHtml(html, language, languages),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'plain.webmanifest', source: `${JSON.stringify(plainManifest(language), null, 2)}\n` });
    },
  };
}

/** Moves the built stylesheet into a <style> in index.html; the server hashes it into the CSP. */
function inlineCss(): Plugin {
  return {
    name: 'ebb-inline-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
      for (const [fileName, file] of Object.entries(bundle)) {
        if (file.type !== 'asset' || !fileName.endsWith('.css')) continue;
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="${base}${fileName.replace(/[.]/g, '\\.')}"[^>]*>`);
        if (!link.test(html.source)) continue;
        html.source = html.source.replace(link, () => `<style>${String(file.source)}</style>`);
        Reflect.deleteProperty(bundle, fileName); // inlined above: no separate request, nothing to precache
      }
    },
  };
}

export default defineConfig({
  base,
  define: { __EBB_LANGUAGE__: JSON.stringify(language) },
  plugins: [
    languageHtml(),
    preact({ prerender: { enabled: true, renderTarget: '#root' }, devToolsEnabled: false }),
    inlineCss(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      manifest: {
        id: base,
        name: 'Ebb',
        short_name: 'Ebb',
        lang: language,
        description: firstPaintWords[language].description,
        start_url: base,
        scope: base,
        display: 'standalone',
        background_color: '#f6f4f0',
        theme_color: '#f6f4f0',
        icons: [
          { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
          { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
          { src: `${base}icons/icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        shortcuts: [{ name: firstPaintWords[language].helpNow, url: `${base}help`, icons: [{ src: `${base}icons/icon-192.png`, sizes: '192x192' }] }],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,html,svg,png,webmanifest}'],
        manifestTransforms: [withIntegrity],
        rollupFormat: 'iife',
      },
    }),
  ],
  build: {
    outDir,
    target: 'es2022',
    // No preload map: it lists every lazy screen's chunks inside the first screen's JavaScript, so each new screen
    // grew the first screen (about 1.8 KB gzip in all). Every chunk is precached by the service worker, so a lazy
    // screen's imports come from the device; only a first visit before the worker is installed fetches them in
    // turn. It also keeps a chunk from asking for the stylesheet that inlineCss() has moved into index.html.
    modulePreload: false,
    reportCompressedSize: false,
  },
});
