// The device's language as Ebb reads it, and the plain hint: kept only when a choice differs from the device's.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deviceLanguage, keepLanguageHint, readLanguageHint } from './language-hint.ts';
import { stubLocalStorage } from '../stub-local-storage.test-support.ts';

describe('the device language', () => {
  it('is the first preferred language Ebb speaks, whatever its region, else English', () => {
    expect(deviceLanguage(['es-419', 'en'])).toBe('es');
    expect(deviceLanguage(['de-DE', 'fr-CA'])).toBe('fr');
    expect(deviceLanguage(['pt-BR', 'ja'])).toBe('en');
    expect(deviceLanguage([])).toBe('en');
  });
});

describe('the language hint', () => {
  let stored: Map<string, string>;
  beforeEach(() => {
    stored = stubLocalStorage();
    vi.stubGlobal('navigator', { languages: ['es-MX', 'en'] });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is kept only for a choice other than the device’s language, and holds nothing else', () => {
    keepLanguageHint('fr');
    expect([...stored]).toEqual([['language', 'fr']]);
    expect(readLanguageHint()).toBe('fr');
    keepLanguageHint('es');
    expect([...stored]).toEqual([]);
    keepLanguageHint('en');
    expect([...stored]).toEqual([['language', 'en']]);
    keepLanguageHint(null);
    expect(readLanguageHint()).toBeNull();
  });

  it('reads an unknown value, or refused storage, as no choice', () => {
    stored.set('language', 'de');
    expect(readLanguageHint()).toBeNull();
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(readLanguageHint()).toBeNull();
  });
});
