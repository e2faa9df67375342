// The lazily loaded help for every region (help-now/world-help.ts): null until it has loaded. The service worker
// precaches it, so it loads offline too; if it cannot load, the problem is said in Help now.
import { signal } from '@preact/signals';
import type * as WorldHelpModule from '../help-now/world-help.ts';

export type WorldHelp = typeof WorldHelpModule;

export const worldHelp = signal<WorldHelp | null>(null);
export const worldHelpFailed = signal(false);

let loading: Promise<void> | undefined;

/** Starts loading once; a failed load can be tried again (the next time Help now opens). */
export function loadWorldHelp(): Promise<void> {
  loading ??= import('../help-now/world-help.ts').then(
    (world) => {
      worldHelp.value = world;
      worldHelpFailed.value = false;
    },
    () => {
      loading = undefined;
      worldHelpFailed.value = true;
    },
  );
  return loading;
}
