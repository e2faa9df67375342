// The first script of each language's index.html, run as the browser would run it: it opens the chosen
// language (the hint), or on "/" the device's, and otherwise leaves the page where it is.
import { describe, expect, it } from 'vitest';
import { languages } from '@ebb/content';
import type { Language } from '@ebb/content';
import { languageScript } from './language-script.ts';

interface Visit {
  here: Language;
  path: string;
  search?: string;
  hash?: string;
  hint?: string | null;
  device?: readonly string[];
  storageRefused?: boolean;
}

/** Where the script sends the browser, or null when it stays. */
function run({ here, path, search = '', hash = '', hint = null, device = ['en-US'], storageRefused = false }: Visit): string | null {
  let movedTo: string | null = null;
  const localStorage = {
    getItem: (key: string) => {
      if (storageRefused) throw new DOMException('denied', 'SecurityError');
      return key === 'language' ? hint : null;
    },
  };
  const location = { pathname: path, search, hash, replace: (to: string) => (movedTo = to) };
  const navigator = { languages: device, language: device[0] };
  new Function('localStorage', 'location', 'navigator', languageScript(here, languages))(localStorage, location, navigator);
  return movedTo;
}

describe('the first script', () => {
  it('opens the chosen language at the same screen, from any language', () => {
    expect(run({ here: 'en', path: '/plan', hint: 'es', hash: '#help-now' })).toBe('/es/plan#help-now');
    expect(run({ here: 'es', path: '/es/check-in/2026-11-30', hint: 'fr' })).toBe('/fr/check-in/2026-11-30');
    expect(run({ here: 'fr', path: '/fr/', hint: 'en', device: ['fr-CA'] })).toBe('/?lang=en');
    expect(run({ here: 'es', path: '/es/settings', hint: 'en' })).toBe('/settings?lang=en');
  });

  it('stays when the page already speaks the chosen language', () => {
    expect(run({ here: 'es', path: '/es/', hint: 'es', device: ['en-GB'] })).toBeNull();
    expect(run({ here: 'en', path: '/', hint: 'en', device: ['es-MX'] })).toBeNull();
  });

  it('on English addresses with no choice, follows the device’s first language Ebb speaks', () => {
    expect(run({ here: 'en', path: '/', device: ['es-US', 'en-US'] })).toBe('/es/');
    expect(run({ here: 'en', path: '/ride', device: ['de-DE', 'fr-CA', 'en'] })).toBe('/fr/ride');
    expect(run({ here: 'en', path: '/', device: ['de-DE', 'en-GB', 'es'] })).toBeNull();
    expect(run({ here: 'en', path: '/', device: ['ja-JP'] })).toBeNull();
  });

  it('keeps a link’s language without a choice: a Spanish address on an English device, or English asked for', () => {
    expect(run({ here: 'es', path: '/es/plan', device: ['en-US'] })).toBeNull();
    expect(run({ here: 'en', path: '/', search: '?lang=en', device: ['es-ES'] })).toBeNull();
  });

  it('ignores a hint it does not know, and storage the browser refuses', () => {
    expect(run({ here: 'en', path: '/', hint: 'de', device: ['en-GB'] })).toBeNull();
    expect(run({ here: 'en', path: '/', storageRefused: true, device: ['fr-FR'] })).toBeNull();
  });
});
