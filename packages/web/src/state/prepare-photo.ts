// A chosen photo made ready to keep, on this device: drawn no larger than HOPE_LIMITS.imageEdge on its
// longest side and saved as JPEG, at lower quality only if needed to fit. Nothing leaves the device, and the
// picture's hidden details (where and when it was taken) are not carried over, since only pixels are drawn.
import { HOPE_LIMITS, scaledSize } from '@ebb/core';

export type PreparedPhoto = { ok: true; type: string; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: 'unreadable' };

const QUALITIES = [0.85, 0.7, 0.5] as const;

export async function preparePhoto(file: Blob): Promise<PreparedPhoto> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const { width, height } = scaledSize(bitmap.width, bitmap.height, HOPE_LIMITS.imageEdge);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) {
    bitmap.close();
    return { ok: false, reason: 'unreadable' };
  }
  // JPEG has no transparency: a see-through picture is shown on white, as it looked where it was chosen.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  let blob: Blob | undefined;
  for (const quality of QUALITIES) {
    blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
    if (blob.size <= HOPE_LIMITS.imageBytes) break;
  }
  if (!blob) return { ok: false, reason: 'unreadable' };
  return { ok: true, type: 'image/jpeg', bytes: new Uint8Array(await blob.arrayBuffer()) };
}
