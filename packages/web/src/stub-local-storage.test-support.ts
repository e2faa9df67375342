// For unit tests of the plain flags kept beside the vault (discreet mode, the language hint): a localStorage
// in memory, returned so a test can see exactly what was kept.
import { vi } from 'vitest';

export function stubLocalStorage(): Map<string, string> {
  const stored = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
    removeItem: (k: string) => void stored.delete(k),
  });
  return stored;
}
