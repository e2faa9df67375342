// Applies theme, text size and the discreet icon to the document; CSS does the rest (see styles.css).
import { effect } from '@preact/signals';
import { settings } from './state/settings-state.ts';

const THEME_COLOURS = { light: '#f6f4f0', dark: '#11181c' } as const;

export function applyThemeFromSettings(): () => void {
  return effect(() => {
    const { theme, textSize } = settings.value;
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    if (textSize === 'standard') delete root.dataset.textSize;
    else root.dataset.textSize = textSize;
    // Discreet mode: a plain icon in the browser tab (an installed app's icon is fixed at install time).
    document.querySelector('link[rel="icon"]')?.setAttribute('href', settings.value.discreet ? '/icons/plain.svg' : '/favicon.svg');
    const dark = theme === 'dark' || (theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
    document.querySelector('meta[name="theme-color"]')?.setAttribute('content', dark ? THEME_COLOURS.dark : THEME_COLOURS.light);
  });
}
