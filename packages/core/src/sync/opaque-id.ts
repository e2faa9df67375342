// A record's opaque id on the sync server: base64url(HMAC-SHA-256(idKey, [kind, id])). The server can tell
// records apart and nothing more: not their kinds, not their ids (which may hold dates), not which belong together.
import { toBase64Url, utf8 } from '../crypto/bytes.ts';

/** 43 characters of base64url: the whole 32-byte HMAC, so two records never share an opaque id by chance. */
export async function opaqueId(idKey: CryptoKey, kind: string, id: string): Promise<string> {
  // JSON of an array keeps kind and id apart: ("ab", "c") and ("a", "bc") give different input.
  const mac = await crypto.subtle.sign('HMAC', idKey, utf8(JSON.stringify(['ebb-sync-id', kind, id])));
  return toBase64Url(new Uint8Array(mac));
}

export const OPAQUE_ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;
