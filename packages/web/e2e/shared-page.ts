// One page kept across the tests of a serial group: costly setup (a plan built, the offline worker
// installed) runs once, while each screen's check is a test of its own with its own time, so a busy machine
// slowing every step cannot add up to one test's timeout.
import { test, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

/** Call inside a describe block; returns the page, available from the first beforeAll on. */
export function sharedPage(options: BrowserContextOptions = {}): () => Page {
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ browser }) => {
    const { baseURL } = test.info().project.use;
    context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), ...options });
    page = await context.newPage();
  });
  test.afterAll(async () => context?.close());
  return () => {
    if (!page) throw new Error('The shared page is opened in beforeAll');
    return page;
  };
}
