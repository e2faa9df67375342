// A dedicated worker, the only place Ebb touches the device-secret file in the Origin Private File System.
// It writes through a sync access handle, which overwrites the file's bytes in place: a secret overwritten
// with zeros is gone from the browser's files, unlike a value replaced in IndexedDB (checked on Chromium).
import { SECRET_FILE_BYTES, type SecretFileReply, type SecretFileRequest } from './device-secret-protocol.ts';

const FILE_NAME = 'ebb-device-secret';

/** The parts of the sync access handle Ebb uses (TypeScript's DOM library leaves them out). */
interface SyncAccessHandle {
  read(buffer: Uint8Array, options: { at: number }): number;
  write(buffer: Uint8Array, options: { at: number }): number;
  getSize(): number;
  flush(): void;
  close(): void;
}
type SyncFileHandle = FileSystemFileHandle & { createSyncAccessHandle(): Promise<SyncAccessHandle> };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fileHandle(create: boolean): Promise<SyncFileHandle | undefined> {
  const root = await navigator.storage.getDirectory();
  try {
    return (await root.getFileHandle(FILE_NAME, { create })) as SyncFileHandle;
  } catch (error) {
    if (!create && error instanceof DOMException && error.name === 'NotFoundError') return undefined;
    throw error;
  }
}

/** One handle at a time per file: another tab's worker may hold it for a moment, so wait briefly. */
async function withHandle<T>(file: SyncFileHandle, work: (handle: SyncAccessHandle) => T): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    let handle: SyncAccessHandle;
    try {
      handle = await file.createSyncAccessHandle();
    } catch (error) {
      if (attempt >= 100 || !(error instanceof DOMException && error.name === 'NoModificationAllowedError')) throw error;
      await pause(20);
      continue;
    }
    try {
      return work(handle);
    } finally {
      handle.close();
    }
  }
}

async function handle(request: SecretFileRequest): Promise<Uint8Array | undefined> {
  if (request.op === 'read') {
    const file = await fileHandle(false);
    const bytes = new Uint8Array(SECRET_FILE_BYTES);
    if (file) await withHandle(file, (h) => h.read(bytes, { at: 0 }));
    return bytes;
  }
  if (request.op === 'write') {
    const file = (await fileHandle(true)) as SyncFileHandle;
    await withHandle(file, (h) => {
      h.write(request.bytes, { at: request.at });
      h.flush();
    });
    return undefined;
  }
  // erase: zeros over every byte the file ever held, flushed, and only then the file removed.
  const file = await fileHandle(false);
  if (file) {
    await withHandle(file, (h) => {
      h.write(new Uint8Array(Math.max(h.getSize(), SECRET_FILE_BYTES)), { at: 0 });
      h.flush();
    });
    await (await navigator.storage.getDirectory()).removeEntry(FILE_NAME);
  }
  return undefined;
}

self.onmessage = (event: MessageEvent<SecretFileRequest>) => {
  const { id } = event.data;
  const reply = (message: SecretFileReply) => self.postMessage(message);
  if (typeof FileSystemFileHandle === 'undefined' || !('createSyncAccessHandle' in FileSystemFileHandle.prototype) || !navigator.storage?.getDirectory) {
    reply({ id, ok: false, unsupported: true });
    return;
  }
  handle(event.data).then(
    (bytes) => reply({ id, ok: true, bytes }),
    (error: unknown) => reply({ id, ok: false, unsupported: false, name: error instanceof Error ? error.name : 'Error' }),
  );
};
