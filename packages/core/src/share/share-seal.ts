// Sealing a share for the server: the payload as JSON, padded to the sync buckets (the server learns a
// bucket, not a length), then AES-256-GCM under the link's own key with additional data
// `["ebb-share", 1, <share id>]`, so a share's ciphertext cannot be served under another id.
// Format: [version byte = 1][12-byte IV][ciphertext ‖ 16-byte tag] (docs/crypto-format.md, "Share links").
import * as v from 'valibot';
import { concatBytes, fromUtf8, utf8 } from '../crypto/bytes.ts';
import { padForSync, unpadFromSync } from '../sync/padded-size.ts';
import { sharePayloadSchema, type SharePayload } from './share-payload.ts';

const SHARE_FORMAT = 1;
const IV_BYTES = 12;
const TAG_BITS = 128;

const additionalData = (id: string) => utf8(JSON.stringify(['ebb-share', SHARE_FORMAT, id]));
const importKey = (key: Uint8Array<ArrayBuffer>, use: 'encrypt' | 'decrypt') => crypto.subtle.importKey('raw', key, 'AES-GCM', false, [use]);

export async function sealShare(id: string, key: Uint8Array<ArrayBuffer>, payload: SharePayload): Promise<Uint8Array<ArrayBuffer>> {
  const plaintext = padForSync(utf8(JSON.stringify(v.parse(sharePayloadSchema, payload))));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(id), tagLength: TAG_BITS },
    await importKey(key, 'encrypt'),
    plaintext,
  );
  return concatBytes(Uint8Array.of(SHARE_FORMAT), iv, new Uint8Array(sealed));
}

/** Why a share could not be opened: the key does not fit (a damaged link) or the contents are not a share. */
export type OpenShareResult = { ok: true; payload: SharePayload } | { ok: false; error: 'damaged' | 'unknown-format' };

export async function openShare(id: string, key: Uint8Array<ArrayBuffer>, sealed: Uint8Array): Promise<OpenShareResult> {
  if (sealed.length < 1 + IV_BYTES + TAG_BITS / 8) return { ok: false, error: 'damaged' };
  if (sealed[0] !== SHARE_FORMAT) return { ok: false, error: 'unknown-format' };
  let padded: Uint8Array;
  try {
    padded = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: sealed.slice(1, 1 + IV_BYTES), additionalData: additionalData(id), tagLength: TAG_BITS },
        await importKey(key, 'decrypt'),
        sealed.slice(1 + IV_BYTES),
      ),
    );
  } catch {
    return { ok: false, error: 'damaged' };
  }
  const content = unpadFromSync(padded);
  if (!content) return { ok: false, error: 'damaged' };
  try {
    const parsed = v.safeParse(sharePayloadSchema, JSON.parse(fromUtf8(content)));
    return parsed.success ? { ok: true, payload: parsed.output } : { ok: false, error: 'unknown-format' };
  } catch {
    return { ok: false, error: 'unknown-format' };
  }
}
