// The sync engine's transport over Ebb's own API (docs/sync-api.md): pushes the batches the engine gives,
// pulls pages, and turns every API failure into the SyncTransportError the engine understands.
import { fromBase64Url, SyncTransportError, toBase64Url, type PullPage, type PushOutcome, type SyncTransport, type WireRecord } from '@ebb/core';
import { ApiError, apiRequest } from './api-request.ts';

/** A pull page as large as the API allows: fewer round trips after weeks offline. */
const PULL_LIMIT = 500;

interface JsonRecord {
  id: string;
  version: string;
  ciphertext: string;
}

const isJsonRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' &&
  value !== null &&
  'id' in value &&
  typeof value.id === 'string' &&
  'version' in value &&
  typeof value.version === 'string' &&
  'ciphertext' in value &&
  typeof value.ciphertext === 'string';

function transportError(error: unknown): SyncTransportError {
  if (error instanceof SyncTransportError) return error;
  if (!(error instanceof ApiError)) return new SyncTransportError('server', 'unexpected answer');
  switch (error.reason) {
    case 'offline':
      return new SyncTransportError('offline', 'no answer');
    case 'unauthorized':
      return new SyncTransportError('unauthorized', 'account unknown');
    case 'server':
      return new SyncTransportError('server', `status ${error.status}`);
    default:
      return new SyncTransportError('refused', `status ${error.status}`);
  }
}

/** Checks an answer's shape: a server that answers something else is treated as failing, never trusted. */
function malformed(): never {
  throw new SyncTransportError('server', 'malformed answer');
}

export function httpTransport(authorization: string): SyncTransport {
  return {
    async push(records: readonly WireRecord[]): Promise<readonly PushOutcome[]> {
      const body = { records: records.map((r) => ({ id: r.id, version: r.version, ciphertext: toBase64Url(r.ciphertext) })) };
      let answer: unknown;
      try {
        answer = await apiRequest('POST', '/api/records', { body, authorization });
      } catch (error) {
        throw transportError(error);
      }
      const results =
        typeof answer === 'object' && answer !== null && 'results' in answer && Array.isArray(answer.results) ? (answer.results as unknown[]) : malformed();
      if (results.length !== records.length) malformed();
      return results.map((result): PushOutcome => {
        if (typeof result !== 'object' || result === null || !('id' in result) || typeof result.id !== 'string' || !('outcome' in result)) return malformed();
        if (result.outcome === 'stored') return { id: result.id, outcome: 'stored' };
        if (result.outcome === 'stale' && 'version' in result && typeof result.version === 'string')
          return { id: result.id, outcome: 'stale', version: result.version };
        return malformed();
      });
    },

    async pull(cursor: string | undefined): Promise<PullPage> {
      const query = new URLSearchParams({ limit: String(PULL_LIMIT), ...(cursor === undefined ? {} : { after: cursor }) });
      let answer: unknown;
      try {
        answer = await apiRequest('GET', `/api/records?${query.toString()}`, { authorization });
      } catch (error) {
        throw transportError(error);
      }
      if (typeof answer !== 'object' || answer === null || !('records' in answer) || !Array.isArray(answer.records)) return malformed();
      if (!('cursor' in answer) || typeof answer.cursor !== 'string' || !('more' in answer) || typeof answer.more !== 'boolean') return malformed();
      const records = (answer.records as unknown[]).map((record): WireRecord => {
        if (!isJsonRecord(record)) return malformed();
        try {
          return { id: record.id, version: record.version, ciphertext: fromBase64Url(record.ciphertext) };
        } catch {
          return malformed();
        }
      });
      return { records, cursor: answer.cursor, more: answer.more };
    },
  };
}
