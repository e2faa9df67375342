// The account id a device shows the sync server: an opaque id under the id key, so it says nothing of the
// secret and every device with the secret finds the same account (docs/sync-api.md, "Accounts").
import { opaqueId } from './opaque-id.ts';
import type { SyncKeys } from './sync-keys.ts';

export const accountIdOf = (keys: Pick<SyncKeys, 'idKey'>): Promise<string> => opaqueId(keys.idKey, 'ebb-account', '');
