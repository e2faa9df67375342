// Share links (docs/sync-api.md): sealed by a device, opened by anyone with the link until expiry or revocation.
import type { FastifyInstance } from 'fastify';
import { ApiError } from './api-error.ts';
import { decodeBytes } from './decode-bytes.ts';
import type { ApiContext } from './api-context.ts';
import { emptyQuery, shareBody, shareParams } from './api-schemas.ts';

interface ShareBody {
  readonly id: string;
  readonly ciphertext: string;
  readonly expiresInSeconds: number;
}

const MAX_SHARE_BYTES = 1024 * 1024;

export function shareRoutes(api: FastifyInstance, { storage, requireAccount, accountOf }: ApiContext): void {
  api.post<{ Body: ShareBody }>(
    '/shares',
    { bodyLimit: MAX_SHARE_BYTES, preParsing: requireAccount, schema: { body: shareBody, querystring: emptyQuery } },
    async (request, reply) => {
      const { id, ciphertext, expiresInSeconds } = request.body;
      const created = await storage.createShare(accountOf(request), id, decodeBytes(ciphertext), new Date(Date.now() + expiresInSeconds * 1000));
      if (!created) throw new ApiError(409, 'taken');
      return reply.code(201).send({});
    },
  );

  api.get('/shares', { preParsing: requireAccount, schema: { querystring: emptyQuery }, exposeHeadRoute: false }, async (request) => {
    const shares = await storage.listShares(accountOf(request));
    return { shares: shares.map((share) => ({ id: share.shareId, views: share.views, expiresAt: share.expiresAt.toISOString(), revoked: share.revoked })) };
  });

  // Public: the link is the key. HEAD is not offered, as it would count a view.
  api.get<{ Params: { id: string } }>('/shares/:id', { schema: { params: shareParams, querystring: emptyQuery }, exposeHeadRoute: false }, async (request) => {
    const opened = await storage.readShare(request.params.id, new Date());
    if (opened.kind === 'missing') throw new ApiError(404, 'not found');
    if (opened.kind !== 'found') throw new ApiError(410, opened.kind);
    return { ciphertext: Buffer.from(opened.ciphertext).toString('base64url'), views: opened.views };
  });

  api.delete<{ Params: { id: string } }>(
    '/shares/:id',
    { preParsing: requireAccount, schema: { params: shareParams, querystring: emptyQuery } },
    async (request, reply) => {
      if (!(await storage.revokeShare(accountOf(request), request.params.id))) throw new ApiError(404, 'not found');
      return reply.code(204).send();
    },
  );
}
