// What every API route needs: the storage, the authenticator, and which account a request has proved.
import type { FastifyReply, FastifyRequest, RequestPayload } from 'fastify';
import type { SyncStorage } from '../storage/sync-storage.ts';
import { ApiError } from './api-error.ts';
import type { Authenticator } from './authenticator.ts';

export interface ApiContext {
  readonly storage: SyncStorage;
  readonly auth: Authenticator;
  /** A route's preParsing hook: a 401 unless the request proves an account. It runs after the rate limit
   *  (an onRequest hook), so a flood of guesses is refused before any Argon2id work, and before the body is read. */
  readonly requireAccount: (request: FastifyRequest, reply: FastifyReply, payload: RequestPayload) => Promise<void>;
  /** The account `requireAccount` found for this request. */
  readonly accountOf: (request: FastifyRequest) => string;
}

export function apiContext(storage: SyncStorage, auth: Authenticator): ApiContext {
  const accounts = new WeakMap<FastifyRequest, string>();
  return {
    storage,
    auth,
    async requireAccount(request) {
      const accountId = await auth.authenticate(request.headers.authorization);
      if (accountId === undefined) throw new ApiError(401, 'unauthorized');
      accounts.set(request, accountId);
    },
    accountOf(request) {
      const accountId = accounts.get(request);
      if (accountId === undefined) throw new ApiError(401, 'unauthorized');
      return accountId;
    },
  };
}
