// Records (docs/sync-api.md): push sealed records, each kept only when newer; pull changes after a cursor.
import type { FastifyInstance } from 'fastify';
import { ApiError } from './api-error.ts';
import { decodeBytes } from './decode-bytes.ts';
import type { ApiContext } from './api-context.ts';
import { pullQuery, pushBody } from './api-schemas.ts';

interface PushBody {
  readonly records: readonly { readonly id: string; readonly version: string; readonly ciphertext: string }[];
}

type PushResult = { readonly id: string; readonly outcome: 'stored' } | { readonly id: string; readonly outcome: 'stale'; readonly version: string };

const MAX_PUSH_BYTES = 8 * 1024 * 1024;
const DEFAULT_PAGE = 500;

export function recordRoutes(api: FastifyInstance, { storage, auth, requireAccount, accountOf }: ApiContext): void {
  api.post<{ Body: PushBody }>('/records', { bodyLimit: MAX_PUSH_BYTES, preParsing: requireAccount, schema: { body: pushBody } }, async (request) => {
    const accountId = accountOf(request);
    const records = request.body.records.map((record) => ({ recordId: record.id, version: record.version, ciphertext: decodeBytes(record.ciphertext) }));
    // In the order sent, in one transaction: a later copy of the same id is compared with the earlier one.
    const outcomes = await storage.putRecords(accountId, records);
    const results = outcomes.map((result, index): PushResult => {
      const id = records[index]?.recordId ?? '';
      if (result.kind === 'no-account') {
        // Deleted meanwhile (perhaps through another server instance): the credential no longer holds.
        auth.forget(accountId);
        throw new ApiError(401, 'unauthorized');
      }
      return result.kind === 'stored' ? { id, outcome: 'stored' } : { id, outcome: 'stale', version: result.storedVersion };
    });
    return { results };
  });

  api.get<{ Querystring: { after?: string; limit?: string } }>(
    '/records',
    { preParsing: requireAccount, schema: { querystring: pullQuery }, exposeHeadRoute: false },
    async (request) => {
      const limit = request.query.limit === undefined ? DEFAULT_PAGE : Number(request.query.limit);
      const page = await storage.listRecords(accountOf(request), request.query.after, limit);
      return {
        records: page.records.map((record) => ({
          id: record.recordId,
          version: record.version,
          ciphertext: Buffer.from(record.ciphertext).toString('base64url'),
        })),
        cursor: page.cursor,
        // A full page may be followed by more; a short one is the end for now.
        more: page.records.length === limit,
      };
    },
  );
}
