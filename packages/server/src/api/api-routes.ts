// The sync and share API under /api (docs/sync-api.md): JSON in and out, never cached, same-origin only,
// rate-limited per client address, with each route's own body limit and schema. Every failure is a short
// JSON reason: a 4xx for anything wrong with the request, 503 when the database cannot answer; nothing is logged.
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { SyncStorage } from '../storage/sync-storage.ts';
import { accountRoutes } from './account-routes.ts';
import { apiContext } from './api-context.ts';
import { ApiError } from './api-error.ts';
import { PRODUCTION_ARGON2_COST, type Argon2Cost } from './auth-key-hash.ts';
import { createAuthenticator } from './authenticator.ts';
import { recordRoutes } from './record-routes.ts';
import { isCrossOrigin } from './same-origin.ts';
import { shareRoutes } from './share-routes.ts';

export interface ApiOptions {
  /** Requests per client address per minute. */
  readonly rateLimitPerMinute?: number;
  /** The Argon2id cost of auth key hashes; tests pass a cheaper one. */
  readonly argon2Cost?: Argon2Cost;
}

/** Enough for a few devices and share links behind one address syncing busily; far below a flood. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 1200;

/** The status and short reason for any error an API request meets. */
function answerFor(error: FastifyError | ApiError): { status: number; reason: string } {
  if (error instanceof ApiError) return { status: error.statusCode, reason: error.reason };
  if ('validation' in error && error.validation !== undefined) return { status: 400, reason: `invalid ${error.validationContext ?? 'request'}` };
  const status = error.statusCode;
  if (status === 413) return { status, reason: 'too large' };
  if (status === 415) return { status, reason: 'unsupported content type' };
  if (status !== undefined && status >= 400 && status < 500) return { status, reason: 'bad request' };
  // Storage refuses ids, versions and cursors it cannot hold; the schemas should have caught them first.
  if (error instanceof RangeError && status === undefined) return { status: 400, reason: 'bad request' };
  // Anything else is the server's side, in practice the database: the client retries later.
  return { status: 503, reason: 'unavailable' };
}

export async function registerApi(
  app: FastifyInstance,
  storage: SyncStorage,
  headers: () => Record<string, string>,
  { rateLimitPerMinute = DEFAULT_RATE_LIMIT_PER_MINUTE, argon2Cost = PRODUCTION_ARGON2_COST }: ApiOptions = {},
): Promise<void> {
  const context = apiContext(storage, createAuthenticator(storage, { cost: argon2Cost }));
  await app.register(
    async (api) => {
      api.addHook('onRequest', async (request) => {
        if (isCrossOrigin(request.headers, request.host)) throw new ApiError(403, 'forbidden');
      });
      await api.register(rateLimit, {
        max: rateLimitPerMinute,
        timeWindow: 60_000,
        errorResponseBuilder: () => new ApiError(429, 'too many requests'),
      });
      // Only JSON: the text/plain parser Fastify adds by default would hand a string to schemas expecting objects.
      api.removeContentTypeParser('text/plain');
      api.addHook('onSend', async (_request, reply) => {
        reply.headers(headers()).header('cache-control', 'no-store');
      });
      api.setErrorHandler((error: FastifyError | ApiError, _request, reply) => {
        const { status, reason } = answerFor(error);
        // A refused request's body may be partly unread (refused by its headers, its size or its credential):
        // end the connection so the rest is not taken for a request. Errors are rare; a client reconnects.
        reply.header('connection', 'close');
        return reply.code(status).send({ error: reason });
      });

      accountRoutes(api, context);
      recordRoutes(api, context);
      shareRoutes(api, context);
      // Any other address under /api is not the app: a JSON 404, never the app shell.
      const notFound = () => Promise.reject(new ApiError(404, 'not found'));
      api.all('/', notFound);
      api.all('/*', notFound);
    },
    { prefix: '/api' },
  );
}
