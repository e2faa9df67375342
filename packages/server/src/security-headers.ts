// Strict response headers. The Content-Security-Policy allows only Ebb's own origin, plus the exact
// inline <script>/<style> blocks of the built index.html, each by its SHA-256 hash (nothing else inline),
// WebAssembly compilation (not JavaScript eval) for the passcode's key derivation, and the page's own
// object URLs (blob:) as pictures and sounds.
import { createHash } from 'node:crypto';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of the inline blocks in an HTML document (external scripts and stylesheets need none). */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const blocks = (tag: 'script' | 'style') =>
    [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi'))]
      .filter((match) => !/\ssrc\s*=/.test(match[1] ?? '') && (match[2] ?? '') !== '')
      .map((match) => hashOf(match[2] ?? ''));
  return { scripts: blocks('script'), styles: blocks('style') };
}

export function contentSecurityPolicy(html: string): string {
  const { scripts, styles } = inlineHashes(html);
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets the passcode's Argon2id (WebAssembly) compile; JavaScript eval stays blocked.
    ["script-src 'self' 'wasm-unsafe-eval'", ...scripts].join(' '),
    ["style-src 'self'", ...styles].join(' '),
    // blob: for the hope box's photos and sounds, shown from object URLs made in the page from decrypted
    // bytes: nothing is fetched from anywhere, and no other origin is allowed.
    "img-src 'self' blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}
