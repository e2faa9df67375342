// Share links: any id and key round-trip through the link, the key is carried after `#` and never in the
// query, and each way a link arrives broken is named so the viewer can say it plainly.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toBase64Url, toHex } from '../crypto/bytes.ts';
import { makeShareSecret, parseShareFragment, parseShareLink, shareLink, type ShareLinkResult } from './share-link.ts';

const keyOf = (result: ShareLinkResult) => (result.ok ? `${result.id}:${toHex(result.key)}` : result.error.kind);

describe('share link', () => {
  it('makes a fresh 16-byte id and 32-byte key each time', () => {
    const a = makeShareSecret();
    const b = makeShareSecret();
    expect([a.id.length, a.key.length]).toEqual([16, 32]);
    expect(toHex(a.key)).not.toBe(toHex(b.key));
    expect(toHex(a.id)).not.toBe(toHex(b.id));
  });

  it('round-trips any id and key, with both after # and nothing in the query', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.uint8Array({ minLength: 32, maxLength: 32 }), (id, key) => {
        const link = shareLink('https://ebb.example/es/?x=1', { id: new Uint8Array(id), key: new Uint8Array(key) });
        const url = new URL(link);
        expect(url.pathname).toBe('/es/share');
        expect(url.search).toBe('');
        expect(url.hash).toBe(`#${toBase64Url(id)}.${toBase64Url(key)}`);
        expect(keyOf(parseShareLink(link))).toBe(`${toBase64Url(id)}:${toHex(key)}`);
      }),
    );
  });

  it('names each broken link', () => {
    const link = shareLink('https://ebb.example/', makeShareSecret());
    const [, fragment = ''] = link.split('#');
    expect(keyOf(parseShareLink('not a link'))).toBe('not-a-link');
    expect(keyOf(parseShareLink('ftp://ebb.example/share#x'))).toBe('not-a-link');
    expect(keyOf(parseShareLink(link.replace('/share', '/pair')))).toBe('not-a-link');
    expect(keyOf(parseShareLink(link.split('#')[0] ?? ''))).toBe('no-fragment');
    expect(keyOf(parseShareLink(link.slice(0, -5)))).toBe('damaged');
    expect(keyOf(parseShareLink(`https://ebb.example/share?k=${fragment}`))).toBe('in-query');
    expect(keyOf(parseShareFragment(''))).toBe('no-fragment');
    expect(keyOf(parseShareFragment(`#${fragment.replace('.', '')}`))).toBe('damaged');
    expect(keyOf(parseShareFragment(`#${fragment}!`))).toBe('damaged');
  });

  it('reads a fragment with or without its #', () => {
    const fragment = shareLink('https://ebb.example/', makeShareSecret()).split('#')[1] ?? '';
    expect(parseShareFragment(fragment).ok).toBe(true);
    expect(keyOf(parseShareFragment(`#${fragment}`))).toBe(keyOf(parseShareFragment(fragment)));
  });

  it('refuses text that is only almost a link', () => {
    fc.assert(fc.property(fc.string(), (text) => !parseShareFragment(text).ok));
  });
});
