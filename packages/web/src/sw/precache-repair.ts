// Puts back precached files that are missing from the offline cache (storage pressure, a partly cleared
// cache, an interrupted write), so a later offline load finds every file of this build, Help now included.
import { cacheNames } from 'workbox-core';
import { getCacheKeyForURL, type PrecacheEntry } from 'workbox-precaching';

/** Fetches each missing entry again and stores it under Workbox's own key; failures wait for the next try. */
export async function repairPrecache(manifest: ReadonlyArray<PrecacheEntry | string>): Promise<void> {
  const cache = await caches.open(cacheNames.precache);
  await Promise.all(
    manifest.map(async (entry) => {
      const { url, integrity } = typeof entry === 'string' ? { url: entry, integrity: undefined } : entry;
      const absolute = new URL(url, self.location.href).href;
      const cacheKey = getCacheKeyForURL(absolute);
      if (!cacheKey || (await cache.match(cacheKey))) return;
      try {
        // The integrity hash makes the browser refuse bytes from any other build (for example a newer
        // deployment): those arrive with the next version's worker instead.
        const response = await fetch(absolute, { cache: 'reload', credentials: 'same-origin', ...(integrity ? { integrity } : {}) });
        if (response.ok && response.type === 'basic') await cache.put(cacheKey, response);
      } catch {
        // Offline or refused: the entry is tried again on the next online load.
      }
    }),
  );
}
