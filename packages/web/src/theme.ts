// Applies theme, text size and discreet mode (icon, manifest, neutral name) to the document; CSS does the
// rest (see styles.css). index.html does the same for discreet mode before the first paint.
import { effect } from '@preact/signals';
import { discreet, settings } from './state/settings-state.ts';

const THEME_COLOURS = { light: '#f6f4f0', dark: '#11181c' } as const;

export function applyThemeFromSettings(): () => void {
  return effect(() => {
    const { theme, textSize } = settings.value;
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    if (textSize === 'standard') delete root.dataset.textSize;
    else root.dataset.textSize = textSize;
    // Discreet mode: a plain icon in the browser tab and a neutral manifest (an installed app's icon is fixed
    // at install time), and the neutral name in the header (styles.css).
    const neutral = discreet.value;
    document.querySelector('link[rel="icon"]')?.setAttribute('href', `${import.meta.env.BASE_URL}${neutral ? 'icons/plain.svg' : 'favicon.svg'}`);
    document.querySelector('link[rel="manifest"]')?.setAttribute('href', `${import.meta.env.BASE_URL}${neutral ? 'plain' : 'manifest'}.webmanifest`);
    if (neutral) root.dataset.discreet = '';
    else delete root.dataset.discreet;
    const dark = theme === 'dark' || (theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
    document.querySelector('meta[name="theme-color"]')?.setAttribute('content', dark ? THEME_COLOURS.dark : THEME_COLOURS.light);
  });
}
