// Deletes everything Ebb keeps on this device: the device secret (overwritten with zeros in place, then
// removed), the database (records and keys), every cache, and the service worker. A reload starts fresh.
// The browser may keep unreadable scraps of the database in its files for a while; without the device
// secret nothing in them opens (docs/threat-model.md), and Privacy advises clearing site data as well.
import { stopServiceWorker } from '../service-worker.ts';
import { DB_NAME } from './idb-backend.ts';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('Could not delete the database'));
    // Other tabs are asked to close their connection (see openEbbDatabase); deletion then completes.
  });
}

async function deleteCaches(): Promise<number> {
  if (!('caches' in window)) return 0;
  const names = await caches.keys();
  await Promise.all(names.map((name) => caches.delete(name)));
  return names.length;
}

export async function deleteEverything(): Promise<void> {
  if ('serviceWorker' in navigator) {
    await stopServiceWorker();
    await Promise.all((await navigator.serviceWorker.getRegistrations()).map((r) => r.unregister()));
  }
  // First, so that whatever the database leaves in the browser's files can never be opened again.
  await (await import('./device-secret.ts')).eraseDeviceSecretFile();
  await deleteDatabase(DB_NAME);
  // A worker that was still installing may write its cache once more: delete until nothing is left.
  for (let attempt = 0; attempt < 10 && (await deleteCaches()) > 0; attempt++) await new Promise((r) => setTimeout(r, 100));
  localStorage.clear();
  sessionStorage.clear();
}
