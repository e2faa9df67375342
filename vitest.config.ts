// Unit and property tests for every package; browser tests live in packages/web/e2e (Playwright).
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  // Unit tests run as the English build; each language's catalogues and content are tested directly.
  define: { __EBB_LANGUAGE__: JSON.stringify('en') },
  test: {
    include: ['packages/*/src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
