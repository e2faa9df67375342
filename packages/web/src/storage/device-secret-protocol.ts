// Messages between the page and the device-secret worker.

/** Two 32-byte slots: the secret in use, then the one a key rotation moves to (zeros when empty). */
export const SECRET_FILE_BYTES = 64;

export type SecretFileRequest = { id: number; op: 'read' } | { id: number; op: 'write'; at: number; bytes: Uint8Array } | { id: number; op: 'erase' };

export type SecretFileReply =
  | { id: number; ok: true; bytes?: Uint8Array | undefined }
  /** `unsupported`: this browser has no sync access handle in workers (or no private file system). */
  | { id: number; ok: false; unsupported: boolean; name?: string | undefined };
