// Handing a file or text to another app on this device, without a server: the Web Share API with the file
// where the browser takes it, else with the text, else nothing (the screen then offers a download or a copy).
// Nothing is sent anywhere until the person picks an app in the share sheet.
import { downloadFile } from './download.ts';

export interface Shareable {
  /** The file's name: neutral words only (never what Ebb is for). */
  fileName: string;
  type: string;
  /** The file's contents. */
  content: string;
  /** A readable version, for an app that takes text only, and for copying. */
  text: string;
  /** The share sheet's title. */
  title: string;
}

/** How this browser can hand the item over: as a file, as text, or not at all. */
export type ShareWay = 'file' | 'text' | 'none';

const asFile = (item: Shareable) => new File([item.content], item.fileName, { type: item.type });

export function shareWay(item: Shareable): ShareWay {
  if (typeof navigator.share !== 'function') return 'none';
  // canShare is asked about this very file: browsers take some file types and not others.
  try {
    if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [asFile(item)] })) return 'file';
  } catch {
    // A browser that throws on the question cannot share the file; text still works.
  }
  return 'text';
}

/**
 * Opens the share sheet. 'cancelled' when the person closes it without picking an app (not a failure);
 * any other failure is thrown, for the screen to say next to the control.
 */
export async function share(item: Shareable, way: Exclude<ShareWay, 'none'>): Promise<'shared' | 'cancelled'> {
  try {
    await navigator.share(way === 'file' ? { title: item.title, files: [asFile(item)] } : { title: item.title, text: item.text });
    return 'shared';
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    throw error;
  }
}

export const saveShareable = (item: Shareable) => downloadFile(item.fileName, item.content, item.type);

/** Copies the readable text; false where the browser has no clipboard for pages (or refuses it). */
export async function copyShareable(item: Shareable): Promise<boolean> {
  if (!navigator.clipboard) return false;
  try {
    await navigator.clipboard.writeText(item.text);
    return true;
  } catch {
    return false;
  }
}
