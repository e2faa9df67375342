// Several open tabs stay consistent: writes that read before they write run one at a time across tabs
// (Web Locks), and every change is announced so the other tabs read it again (BroadcastChannel).
/** Background sync listens on a channel of its own by this name: it hears this tab's changes too. */
export const CHANGES_CHANNEL = 'ebb-changes';
const WRITE_LOCK = 'ebb-write';

export type Change = 'data' | 'lock-settings' | 'locked';

let channel: BroadcastChannel | undefined;
const getChannel = () => (channel ??= 'BroadcastChannel' in window ? new BroadcastChannel(CHANGES_CHANNEL) : undefined);

/** Runs `write` while no other tab runs one (where the browser has Web Locks; otherwise directly). */
export async function withWriteLock<T>(write: () => Promise<T>): Promise<T> {
  if (!navigator.locks) return write();
  return await navigator.locks.request(WRITE_LOCK, write);
}

export function announce(change: Change): void {
  getChannel()?.postMessage(change);
}

export function listenForChanges(onChange: (change: Change) => void): void {
  const c = getChannel();
  if (c) c.onmessage = (event: MessageEvent<Change>) => onChange(event.data);
}
