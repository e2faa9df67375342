// Whether the Help now panel is open, and which part to show first.
import { signal } from '@preact/signals';

export type HelpSection = 'lines' | 'hurt';

export const helpNow = signal<{ open: boolean; section: HelpSection }>({ open: false, section: 'lines' });

export function openHelpNow(section: HelpSection = 'lines'): void {
  helpNow.value = { open: true, section };
}

export function closeHelpNow(): void {
  helpNow.value = { ...helpNow.value, open: false };
}
