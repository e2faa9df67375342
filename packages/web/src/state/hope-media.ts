// The hope box's photos and sounds as addresses the page can show or play: made from the decrypted bytes
// only while they are on screen, and revoked when the screen closes or Ebb locks, so no decrypted copy
// outlives the moment it was looked at.
import type { HopeMedia } from '@ebb/core';
import { forgetOnLock } from './forget-on-lock.ts';

const urls = new Map<string, string>();

/** The bytes of base64 the record's schema has already checked (no pattern test: media runs to megabytes). */
const bytesOf = (data: string) => Uint8Array.from(atob(data), (c) => c.charCodeAt(0));

/** An object URL for one item's media, made once while it is shown. */
export function mediaUrl(id: string, media: HopeMedia): string {
  const made = urls.get(id);
  if (made) return made;
  const url = URL.createObjectURL(new Blob([bytesOf(media.data)], { type: media.type }));
  urls.set(id, url);
  return url;
}

/** Revokes every address made: when the box's screen closes, and on lock. */
export function releaseMedia(): void {
  for (const url of urls.values()) URL.revokeObjectURL(url);
  urls.clear();
}

forgetOnLock(releaseMedia);
