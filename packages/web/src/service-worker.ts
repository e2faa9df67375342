// Registers the offline service worker and offers updates gently: a new version waits until the person
// chooses to update, and the offer is never shown while Help now is open (an update never interrupts it).
import { signal } from '@preact/signals';

export const updateReady = signal(false);
let waiting: ServiceWorker | null = null;
let registering: Promise<unknown> = Promise.resolve();
let stopped = false;

/** Before deleting everything: no new registration from this page, and any in flight has finished. */
export function stopServiceWorker(): Promise<unknown> {
  stopped = true;
  return registering.catch(() => undefined);
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  window.addEventListener('load', () => {
    if (stopped) return;
    registering = navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).then(
      (registration) => {
        const offer = () => {
          if (registration.waiting && navigator.serviceWorker.controller) {
            waiting = registration.waiting;
            updateReady.value = true;
          }
        };
        offer();
        // The worker puts back any offline file the browser dropped, while the network is there to fetch it.
        if (navigator.onLine) navigator.serviceWorker.controller?.postMessage({ type: 'CHECK_PRECACHE' });
        registration.addEventListener('updatefound', () => {
          registration.installing?.addEventListener('statechange', offer);
        });
      },
      (error: unknown) => console.warn('Offline support is not available:', error instanceof Error ? error.name : 'unknown'),
    );
  });
}

export function applyUpdate(): void {
  if (!waiting) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
