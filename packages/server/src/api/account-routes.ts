// Accounts (docs/sync-api.md): made by a device from its sync secret, retried safely, deleted with all they hold.
import type { FastifyInstance } from 'fastify';
import { decodeBytes } from './decode-bytes.ts';
import type { ApiContext } from './api-context.ts';
import { accountBody, emptyQuery } from './api-schemas.ts';

interface AccountBody {
  readonly accountId: string;
  readonly authKey: string;
}

export function accountRoutes(api: FastifyInstance, { storage, auth, requireAccount, accountOf }: ApiContext): void {
  api.post<{ Body: AccountBody }>('/accounts', { bodyLimit: 1024, schema: { body: accountBody, querystring: emptyQuery } }, async (request, reply) => {
    const credential = { accountId: request.body.accountId, authKey: decodeBytes(request.body.authKey) };
    const existing = await storage.findAccount(credential.accountId);
    if (existing === undefined) {
      if (await storage.createAccount(credential.accountId, await auth.hashNew(credential))) {
        auth.remember(credential);
        return reply.code(201).send({});
      }
    }
    // Made before (a retried create, or two devices at once): the same key is the same account.
    const held = existing ?? (await storage.findAccount(credential.accountId));
    if (await auth.verify(credential, held?.authKeyHash)) return reply.code(200).send({});
    return reply.code(409).send({ error: 'taken' });
  });

  api.delete('/account', { preParsing: requireAccount, schema: { querystring: emptyQuery } }, async (request, reply) => {
    const accountId = accountOf(request);
    await storage.deleteAccount(accountId);
    auth.forget(accountId);
    return reply.code(204).send();
  });
}
