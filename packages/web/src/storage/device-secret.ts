// The device secret's home. Where the browser allows it: a file in the Origin Private File System, written
// only through a worker's sync access handle, so overwriting it really replaces the old bytes. Elsewhere:
// a value in IndexedDB, which may keep old copies in its files — Privacy says so when that is the case.
import type { DeviceSecrets } from '@ebb/core';
import { deviceSecretHome } from '../state/vault-state.ts';
import { SECRET_FILE_BYTES, type SecretFileReply, type SecretFileRequest } from './device-secret-protocol.ts';
import type { EbbDatabase } from './idb-backend.ts';

type SecretHome = 'file' | 'database';

const FALLBACK_ID = 'device-secret';
const SLOT_BYTES = SECRET_FILE_BYTES / 2;
const slotOffset = { current: 0, next: SLOT_BYTES } as const;

class Unsupported extends Error {}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (reply: SecretFileReply) => void>();

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function callWorker(request: WithoutId<SecretFileRequest>): Promise<Uint8Array | undefined> {
  if (typeof Worker === 'undefined') return Promise.reject(new Unsupported());
  if (!worker) {
    worker = new Worker(new URL('./device-secret-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SecretFileReply>) => pending.get(event.data.id)?.(event.data);
    // A worker that cannot start at all (no module workers): every waiting call learns it at once.
    worker.onerror = () => {
      for (const [id, settle] of pending) settle({ id, ok: false, unsupported: true });
    };
  }
  const id = ++nextId;
  const running = worker;
  return new Promise((resolve, reject) => {
    pending.set(id, (reply) => {
      pending.delete(id);
      if (reply.ok) resolve(reply.bytes);
      else reject(reply.unsupported ? new Unsupported() : new DOMException('The device secret file could not be used', reply.name ?? 'Error'));
    });
    running.postMessage({ ...request, id });
  });
}

const slot = (bytes: Uint8Array, at: number): Uint8Array<ArrayBuffer> | undefined => {
  const part = bytes.slice(at, at + SLOT_BYTES);
  return part.some((b) => b !== 0) ? part : undefined;
};

/** The two slots, from the file or, where there is none, from IndexedDB. */
export class BrowserDeviceSecrets implements DeviceSecrets {
  constructor(private readonly db: EbbDatabase) {}

  private async home(): Promise<SecretHome> {
    if (deviceSecretHome.value) return deviceSecretHome.value;
    let home: SecretHome = 'file';
    if (await this.db.get('keys', FALLBACK_ID)) home = 'database';
    else {
      try {
        await callWorker({ op: 'read' });
      } catch (error) {
        if (!(error instanceof Unsupported)) throw error;
        home = 'database';
      }
    }
    deviceSecretHome.value = home;
    return home;
  }

  private async bytes(): Promise<Uint8Array> {
    if ((await this.home()) === 'file') return (await callWorker({ op: 'read' })) ?? new Uint8Array(SECRET_FILE_BYTES);
    return ((await this.db.get('keys', FALLBACK_ID)) as Uint8Array | undefined) ?? new Uint8Array(SECRET_FILE_BYTES);
  }

  async read() {
    const bytes = await this.bytes();
    return { current: slot(bytes, slotOffset.current), next: slot(bytes, slotOffset.next) };
  }

  async write(which: 'current' | 'next', secret: Uint8Array<ArrayBuffer> | null) {
    const value = secret ?? new Uint8Array(SLOT_BYTES);
    if ((await this.home()) === 'file') {
      await callWorker({ op: 'write', at: slotOffset[which], bytes: value });
      return;
    }
    const tx = this.db.transaction('keys', 'readwrite');
    const all = new Uint8Array(SECRET_FILE_BYTES);
    const stored = (await tx.store.get(FALLBACK_ID)) as Uint8Array | undefined;
    if (stored) all.set(stored);
    all.set(value, slotOffset[which]);
    await tx.store.put(all, FALLBACK_ID);
    await tx.done;
  }
}

/** Overwrites the device-secret file with zeros and removes it (Delete everything). */
export async function eraseDeviceSecretFile(): Promise<void> {
  try {
    await callWorker({ op: 'erase' });
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
  }
}
