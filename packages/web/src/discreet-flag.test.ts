// Discreet mode before the vault opens: the plain flag is set and removed with the setting, and the copies of
// the neutral name outside the catalogue (index.html's first-paint script, the plain manifest) say what the
// catalogue says, and read the same flag.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { languages } from '@ebb/content';
import { m } from './i18n/messages.ts';
import { firstPaintHtml, firstPaintWords, plainManifest } from './i18n/first-paint-words.ts';
import { stubLocalStorage } from './stub-local-storage.test-support.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the discreet flag', () => {
  let stored: Map<string, string>;
  beforeEach(() => {
    stored = stubLocalStorage();
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is read at start, kept as "1" when on and removed when off, and nothing else is kept', async () => {
    stored.set('discreet', '1');
    const { discreetFlag, keepDiscreetFlag } = await import('./discreet-flag.ts');
    expect(discreetFlag.value).toBe(true);
    keepDiscreetFlag(false);
    expect([...stored]).toEqual([]);
    expect(discreetFlag.value).toBe(false);
    keepDiscreetFlag(true);
    expect([...stored]).toEqual([['discreet', '1']]);
  });

  it('is off when the browser refuses storage', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const { discreetFlag } = await import('./discreet-flag.ts');
    expect(discreetFlag.value).toBe(false);
  });
});

describe('the neutral name before the vault opens', () => {
  it.each(languages)('index.html in %s reads the same flag and sets the catalogue’s neutral name and plain icon before the first paint', (language) => {
    const html = firstPaintHtml(read('../index.html'), language, languages);
    const script = [...html.matchAll(/<script>(.*?)<\/script>/gs)].map((match) => match[1] ?? '').find((body) => body.includes("'discreet'")) ?? '';
    expect(script).toContain("localStorage.getItem('discreet')==='1'");
    expect(script).toContain(`d.title='${firstPaintWords[language].neutralName}'`);
    expect(script).toContain(`'${language === 'en' ? '' : `/${language}`}/icons/plain.svg'`);
    expect(html).toContain(`<html lang="${language}">`);
    expect(html).not.toContain('%EBB_');
    // In the head, before the body is parsed (and so before anything is painted).
    expect(html.indexOf(script)).toBeLessThan(html.indexOf('</head>'));
  });

  it('the English neutral name is the catalogue’s', () => {
    expect(firstPaintWords.en.neutralName).toBe(m.discreet.name);
  });

  it.each(languages)('the plain manifest in %s uses the neutral name and the plain icon, under its language', (language) => {
    const manifest = plainManifest(language) as { name: string; short_name: string; start_url: string; icons: Array<{ src: string }> };
    expect([manifest.name, manifest.short_name]).toEqual([firstPaintWords[language].neutralName, firstPaintWords[language].neutralName]);
    expect(manifest.icons.map((i) => i.src)).toEqual([`${manifest.start_url}icons/plain.svg`]);
    expect(JSON.stringify(manifest)).not.toContain('Ebb');
  });
});
