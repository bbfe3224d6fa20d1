import type { Page } from 'playwright-core';

/** Waits until the footer says 已可离线阅读: the app is in the service worker's cache and the papers in IndexedDB. */
export async function waitUntilReadyOffline(page: Page, timeout = 30_000): Promise<void> {
  await page.getByRole('contentinfo').getByRole('status').filter({ hasText: '已可离线阅读' }).waitFor({ timeout });
}

/**
 * Closes `page` and opens `url` in a new tab of the same context: a real navigation (not a hash
 * change), which the service worker must answer when the server is gone. Returns the new tab.
 */
export async function reopenInNewTab(page: Page, url: string): Promise<Page> {
  const context = page.context();
  await page.close();
  const tab = await context.newPage();
  tab.setDefaultTimeout(10_000);
  await tab.goto(url);
  return tab;
}
