// The browser tests' `test`, failing any test in which a page of its browser context throws an uncaught error
// or leaves a promise rejection unhandled (both reach the page as a `pageerror`), in every tab it opens.
import { expect, test as base } from '@playwright/test';

export const test = base.extend<{ noPageErrors: undefined }>({
  noPageErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      context.on('weberror', (error) => errors.push(String(error.error())));
      await use(undefined);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
