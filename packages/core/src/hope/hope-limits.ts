// How much the hope box holds, and the pure checks made before anything is added: a photo is made smaller
// on the device first (its longest side at most IMAGE_EDGE), a recording is kept as it is, and the box as a
// whole stays small enough for an encrypted backup (media is base64 twice over inside one) to be read back.

export const HOPE_LIMITS = {
  /** Characters in a message, a reason or a caption. */
  text: 2_000,
  /** Characters in who a message is from. */
  from: 80,
  /** The longest side of a stored photo, in pixels. */
  imageEdge: 1_600,
  /** A photo as stored, after it was made smaller. */
  imageBytes: 1_500_000,
  /** A photo file as chosen, before it is made smaller (larger ones are not opened at all). */
  imageFileBytes: 40_000_000,
  /** A song or voice note as stored. */
  audioBytes: 4_000_000,
  /** Every photo and recording in the box together. */
  totalBytes: 12_000_000,
  /** Things in the box. */
  items: 100,
} as const;

export type HopeRefusal = 'photo-too-large' | 'audio-too-large' | 'box-full' | 'too-many' | 'not-supported';

/** The size a picture is drawn at: unchanged when it fits, else scaled so its longest side is `maxEdge`. */
export function scaledSize(width: number, height: number, maxEdge: number): { width: number; height: number } {
  const longest = Math.max(width, height);
  if (longest <= maxEdge) return { width, height };
  const scale = maxEdge / longest;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Bytes the media of the box's items take, from their base64 lengths. */
export function mediaBytes(items: readonly { media: { data: string } | null }[]): number {
  return items.reduce((sum, item) => sum + (item.media ? base64Bytes(item.media.data) : 0), 0);
}

/** The byte length base64 text decodes to. */
export function base64Bytes(data: string): number {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return (data.length / 4) * 3 - padding;
}

/**
 * Whether something new fits: `bytes` is its media's size as it would be stored (0 for words), `kind` what
 * it is. Nothing already in the box is touched either way.
 */
export function checkAddition(
  existing: readonly { media: { data: string } | null }[],
  addition: { kind: 'photo' | 'audio' | 'words'; bytes: number },
): HopeRefusal | null {
  if (existing.length >= HOPE_LIMITS.items) return 'too-many';
  if (addition.kind === 'photo' && addition.bytes > HOPE_LIMITS.imageBytes) return 'photo-too-large';
  if (addition.kind === 'audio' && addition.bytes > HOPE_LIMITS.audioBytes) return 'audio-too-large';
  if (mediaBytes(existing) + addition.bytes > HOPE_LIMITS.totalBytes) return 'box-full';
  return null;
}

/** Picture and sound types a browser shows or plays, as the file picker reports them. */
export function mediaKindOf(type: string): 'photo' | 'audio' | null {
  if (/^image\/(?:jpeg|png|webp|gif|avif|bmp|heic|heif)$/.test(type)) return 'photo';
  if (/^audio\/[a-z0-9.+-]+$/.test(type)) return 'audio';
  return null;
}

/** The order number that puts a new item after every other. */
export function nextOrder(items: readonly { order: number }[]): number {
  return items.reduce((max, item) => Math.max(max, item.order), 0) + 1;
}
