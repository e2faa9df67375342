// A share link: `<app address>share#<id>.<key>`, both base64url. The id names the sealed share on the server;
// the key opens it and travels only after `#`, which browsers never send, so the server holds ciphertext it
// cannot read (docs/crypto-format.md, "Share links"). Reading a link gives an error value for each way a link
// arrives broken, so the viewer can say which in plain words.
import { fromBase64Url, toBase64Url } from '../crypto/bytes.ts';
import { readFragmentLink } from '../crypto/fragment-link.ts';

export const SHARE_ID_BYTES = 16;
export const SHARE_KEY_BYTES = 32;
const SHARE_PATH = 'share';
const ID_CHARS = 22;
const KEY_CHARS = 43;

export interface ShareSecret {
  /** 16 random bytes: the share's name on the server. */
  id: Uint8Array<ArrayBuffer>;
  /** A fresh 256-bit AES-GCM key, raw. */
  key: Uint8Array<ArrayBuffer>;
}

export function makeShareSecret(): ShareSecret {
  return { id: crypto.getRandomValues(new Uint8Array(SHARE_ID_BYTES)), key: crypto.getRandomValues(new Uint8Array(SHARE_KEY_BYTES)) };
}

/** The share id as the API and the link write it: 22 base64url characters. */
export const shareIdText = (id: Uint8Array): string => toBase64Url(id);

export type ShareLinkError =
  /** Not a web address, or not one ending in /share. */
  | { kind: 'not-a-link' }
  /** Nothing after `#`, as when an app cuts the end off a link. */
  | { kind: 'no-fragment' }
  /** Something after `#` that is not an id and a key: a link copied in part. */
  | { kind: 'damaged' }
  /** The id or key was in the query, which is sent to servers: refused. */
  | { kind: 'in-query' };

export type ShareLinkResult = { ok: true; id: string; key: Uint8Array<ArrayBuffer> } | { ok: false; error: ShareLinkError };

const fail = (error: ShareLinkError): ShareLinkResult => ({ ok: false, error });

/** The link for a share: the app's address, then `share#`, the id, a dot and the key. Never in the query. */
export function shareLink(appAddress: string, secret: ShareSecret): string {
  if (secret.id.length !== SHARE_ID_BYTES || secret.key.length !== SHARE_KEY_BYTES) throw new RangeError('A share is a 16-byte id and a 32-byte key');
  const url = new URL(appAddress);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${SHARE_PATH}`;
  url.search = '';
  url.hash = `${toBase64Url(secret.id)}.${toBase64Url(secret.key)}`;
  return url.href;
}

/** Reads the part after `#` (as the viewer finds it in location.hash, with or without the `#`). */
export function parseShareFragment(fragment: string): ShareLinkResult {
  const text = fragment.replace(/^#/, '');
  if (text === '') return fail({ kind: 'no-fragment' });
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(text);
  if (!match || match[1]?.length !== ID_CHARS || match[2]?.length !== KEY_CHARS) return fail({ kind: 'damaged' });
  try {
    const id = fromBase64Url(match[1]);
    const key = fromBase64Url(match[2]);
    // base64url of 16 and 32 bytes leaves spare bits; a link Ebb wrote has them zero, so it reads back the same.
    if (toBase64Url(id) !== match[1] || toBase64Url(key) !== match[2]) return fail({ kind: 'damaged' });
    return { ok: true, id: match[1], key };
  } catch {
    return fail({ kind: 'damaged' });
  }
}

/** Reads a whole share link. An id or key found in its query is refused: it has been sent to a server. */
export function parseShareLink(text: string): ShareLinkResult {
  const link = readFragmentLink(text, SHARE_PATH, (value) => parseShareFragment(value).ok);
  return link.ok ? parseShareFragment(`#${link.fragment}`) : fail({ kind: link.kind });
}
