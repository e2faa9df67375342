// Inline blocks are found and hashed exactly; external scripts and empty blocks are not.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { inlineHashes } from './security-headers.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineHashes', () => {
  it('hashes inline scripts and styles, skipping external and empty ones', () => {
    const html = `<style>a{}</style><script>var x=1</script><script type="module" src="/a.js"></script><script></script><STYLE media="print">b{}</STYLE>`;
    expect(inlineHashes(html)).toEqual({ scripts: [sha('var x=1')], styles: [sha('a{}'), sha('b{}')] });
  });
});
