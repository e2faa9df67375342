// One page kept across the tests of a serial group: costly setup (a plan built, the offline worker
// installed) runs once, while each screen's check is a test of its own with its own time, so a busy machine
// slowing every step cannot add up to one test's timeout.
import { type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { expect, test } from './page-errors.ts';

/** Call inside a describe block; returns the page, available from the first beforeAll on. */
export function sharedPage(options: BrowserContextOptions = {}): () => Page {
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  // The shared context is not the test's own, so its uncaught errors are gathered here and fail the test they happen in.
  const errors: string[] = [];
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ browser }) => {
    const { baseURL } = test.info().project.use;
    context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), ...options });
    context.on('weberror', (error) => errors.push(String(error.error())));
    page = await context.newPage();
  });
  test.afterEach(() => expect(errors.splice(0)).toEqual([]));
  test.afterAll(async () => context?.close());
  return () => {
    if (!page) throw new Error('The shared page is opened in beforeAll');
    return page;
  };
}
