// What the sync engine needs from the server, as the engine sees it: push sealed records, pull changes.
// The web app speaks HTTP (docs/sync-api.md); tests use an in-memory server with the same rules.

/** A record as it travels: an opaque id, an HLC version, sealed bytes. */
export interface WireRecord {
  readonly id: string;
  readonly version: string;
  readonly ciphertext: Uint8Array<ArrayBuffer>;
}

export type PushOutcome = { readonly id: string; readonly outcome: 'stored' } | { readonly id: string; readonly outcome: 'stale'; readonly version: string };

export interface PullPage {
  readonly records: readonly WireRecord[];
  readonly cursor: string;
  readonly more: boolean;
}

/** Thrown by a transport: `offline` and `server` are retried later; `unauthorized` means the account is gone. */
export class SyncTransportError extends Error {
  constructor(
    readonly reason: 'offline' | 'server' | 'unauthorized' | 'refused',
    detail: string,
  ) {
    super(detail);
    this.name = 'SyncTransportError';
  }
}

export interface SyncTransport {
  /** Stores records; each is kept only if its version is newer than the server's (else `stale`). */
  push(records: readonly WireRecord[]): Promise<readonly PushOutcome[]>;
  /** Changes after `cursor` (undefined: from the start), oldest first. */
  pull(cursor: string | undefined): Promise<PullPage>;
}
