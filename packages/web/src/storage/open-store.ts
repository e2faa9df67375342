// Opens the person's encrypted store on this device: the database, then the vault key, then the Store.
import { EncryptedStore, loadOrCreateVaultKey, type Store } from '@ebb/core';
import { IdbBackend, IdbKeyVault, openEbbDatabase } from './idb-backend.ts';

export async function openStore(dbName?: string): Promise<Store> {
  const db = await openEbbDatabase(dbName);
  const key = await loadOrCreateVaultKey(new IdbKeyVault(db));
  return new EncryptedStore(new IdbBackend(db), key);
}
