// Addresses under a language's base: the router sees paths without it, the address bar shows it.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('base addresses', () => {
  it('leave English addresses as they are', async () => {
    const { withBase, withoutBase } = await import('./base-address.ts');
    expect(withBase('/plan')).toBe('/plan');
    expect(withBase('/')).toBe('/');
    expect(withoutBase('/plan/part/triggers')).toBe('/plan/part/triggers');
  });

  it('put a language’s screens under its base and take them back out, round trip', async () => {
    vi.stubEnv('BASE_URL', '/es/');
    const { withBase, withoutBase } = await import('./base-address.ts');
    expect(withBase('/')).toBe('/es/');
    expect(withBase('/check-in/2026-11-30')).toBe('/es/check-in/2026-11-30');
    expect(withoutBase('/es/')).toBe('/');
    expect(withoutBase('/es')).toBe('/');
    expect(withoutBase('/es/plan')).toBe('/plan');
    // "/esperanza" is not under "/es/": an address outside the base is kept.
    expect(withoutBase('/esperanza')).toBe('/esperanza');
    for (const path of ['/', '/plan', '/journal/abc', '/skills/paced-breathing']) expect(withoutBase(withBase(path))).toBe(path);
  });
});
