// The offline service worker: precaches every file of the build (Workbox), answers every in-app address
// with index.html, and puts back any precached file that went missing, so Ebb and Help now keep working
// offline even after the browser dropped part of the cache.
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { languages } from '@ebb/content';
import { repairPrecache } from './precache-repair.ts';

/** Workbox puts the list of this build's files (with their integrity hashes) in place of __WB_MANIFEST. */
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

const manifest = self.__WB_MANIFEST;

// Checked when this version takes over and on every page load while online (the page asks): a missing
// file is fetched again (only the exact bytes of this build, by their integrity hash), so the next offline
// load works.
let repairing: Promise<void> | undefined;
const repair = () => (repairing ??= repairPrecache(manifest).finally(() => (repairing = undefined)));
self.addEventListener('activate', (event) => event.waitUntil(repair()));

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  // A new version waits until the person chooses to update (see ../service-worker.ts).
  if (type === 'SKIP_WAITING') void self.skipWaiting();
  if (type === 'CHECK_PRECACHE') event.waitUntil(repair());
});

precacheAndRoute(manifest);
cleanupOutdatedCaches();
// Each language's worker answers the addresses under its own scope with its own index.html ("/" for English,
// "/es/" for Spanish…). English's scope is "/", which contains the others: it leaves their addresses to them
// (or to the network until their worker is installed), so a Spanish address never opens the English app.
const scope = new URL(self.registration.scope).pathname;
const otherLanguages = scope === '/' ? [new RegExp(`^/(${languages.filter((code) => code !== 'en').join('|')})(/|$)`)] : [];
registerRoute(new NavigationRoute(createHandlerBoundToURL(`${scope}index.html`), { denylist: otherLanguages }));
