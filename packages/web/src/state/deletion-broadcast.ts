// When everything is deleted in one tab, every other open tab stops using the old data at once and runs
// the same clean-up, so that its own service worker cannot re-create a cache afterwards.
import { deleteEverything } from '../storage/delete-everything.ts';
import { closeVault } from './vault-state.ts';

const CHANNEL = 'ebb-deleted';

export function listenForDeletion(): void {
  if (!('BroadcastChannel' in window)) return;
  new BroadcastChannel(CHANNEL).onmessage = () => {
    closeVault();
    deleteEverything().catch((error: unknown) =>
      console.warn('Clean-up after deletion in another tab failed:', error instanceof Error ? error.name : 'unknown'),
    );
  };
}

export function announceDeletion(): void {
  if ('BroadcastChannel' in window) new BroadcastChannel(CHANNEL).postMessage('deleted');
}
