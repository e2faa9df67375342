// Entry point. In the browser: start the router, theme, quick exit and store, then hydrate the prerendered
// shell. At build time: `prerender` renders the shell plus, inside <noscript>, crisis help for every country.
import './styles.css';
import { hydrate, render } from 'preact';
import { effect } from '@preact/signals';
import { App } from './app.tsx';
import { installQuickExitShortcut } from './quick-exit.ts';
import { currentPath, navigate, paths, showAddressesAs, startRouter } from './router.ts';
import { pageAddress, pathOfAddress } from './neutral-page.ts';
import { withBase, withoutBase } from './i18n/base-address.ts';
import { registerServiceWorker } from './service-worker.ts';
import { installAutoLock } from './auto-lock.ts';
import { listenForDeletion } from './state/deletion-broadcast.ts';
import { openHelpNow } from './state/help-now-state.ts';
import { discreet, loadSettings } from './state/settings-state.ts';
import { loadWorldHelp } from './state/world-state.ts';
import { loadPlan } from './state/plan-state.ts';
import { lockHere, onVaultOpen, refreshLockState, startVault, vaultStatus } from './state/vault-state.ts';
import { listenForChanges } from './state/tab-sync.ts';
import { applyThemeFromSettings } from './theme.ts';

function boot() {
  // Addresses sit under this language's base ("/es/plan"); screens know only their own paths ("/plan").
  startRouter((address) => pathOfAddress(withoutBase(address)));
  applyThemeFromSettings();
  installQuickExitShortcut();

  // /help (the installed app's shortcut) and #help-now (the no-JS link) open Help now over Home.
  const wantsHelp = currentPath.value === paths.help || location.hash === '#help-now';
  if (currentPath.value === paths.help) navigate(paths.home);
  if (wantsHelp) openHelpNow();
  // From here the address is a neutral one (in discreet mode always "/"), whatever screen is open.
  effect(() => {
    const neutral = discreet.value;
    // A share link keeps its fragment (its key) in the address, so a reload opens it again (in discreet mode
    // the address is "/" and a reload opens Home, as for every screen); a pairing link keeps its code (after #)
    // until its screen takes it out of the address.
    showAddressesAs((path) => withBase(pageAddress(path, neutral)) + (path === paths.share || path === paths.pair ? location.hash : ''));
  });

  const root = document.getElementById('app');
  if (!root) throw new Error('Missing #app');
  // The first HTML holds Home; other screens render over it.
  // Hydrating keeps the first HTML's attributes as they are, so in discreet mode (whose names differ from the
  // prerendered ones, such as the header link's label) Home is rendered over it instead.
  if (currentPath.value === paths.home && !discreet.value) hydrate(<App />, root);
  else render(<App />, root);

  // Read the person's data each time the vault opens (at start, or after unlocking). Locking forgets it:
  // each state module registers what it holds (state/forget-on-lock.ts).
  const loadAll = () =>
    void Promise.all([loadSettings(), loadPlan()])
      // Home's reminders are worked out by code loaded with them (screens/home/home-reminders.tsx).
      .then(() => import('./state/reminders-state.ts'))
      .then((reminders) => reminders.refreshReminders())
      .catch(() => undefined);
  onVaultOpen(loadAll);
  // Sync between the person's devices runs in the background once the vault is open (its own chunk).
  onVaultOpen(() => void import('./sync/background-sync.ts').then((sync) => sync.startBackgroundSync()));
  installAutoLock();
  listenForDeletion();
  // Another tab changed something: read it again (only when open here), or lock with it.
  listenForChanges((change) => {
    if (change === 'locked') lockHere();
    else if (change === 'lock-settings') void refreshLockState();
    else if (vaultStatus.value === 'open') loadAll();
  });
  // Open the store in a task of its own, after the first screen is interactive. Errors are shown by the
  // storage notice; nothing here may block Help now.
  // A share link's viewer keeps nothing on the device: no vault, no service worker (docs/crypto-format.md).
  if (currentPath.value !== paths.share) {
    setTimeout(() => void startVault(), 0);
    registerServiceWorker();
  }
  // Every region's emergency number and the country guess: off the first screen, loaded once the page is idle
  // so Help now has them at once (the service worker keeps them for offline use).
  if ('requestIdleCallback' in window) requestIdleCallback(() => void loadWorldHelp(), { timeout: 3000 });
  else setTimeout(() => void loadWorldHelp(), 1000);
}

if (typeof window !== 'undefined') boot();

export async function prerender() {
  const { renderToString } = await import('preact-render-to-string');
  const { AllCountriesHelp } = await import('./help-now/all-countries-help.tsx');
  const app = renderToString(<App />);
  const staticHelp = renderToString(<AllCountriesHelp />);
  // An empty render (for example two copies of preact installed) must fail the build, not ship a page
  // without its crisis lines.
  if (!app.includes('<main') || !staticHelp.includes('id="help-now"')) {
    throw new Error('Prerender produced no markup: check that exactly one version of preact is installed.');
  }
  return { html: `<div id="app">${app}</div><noscript>${staticHelp}</noscript>` };
}
