import type { Page } from 'playwright-core';

/** Waits until the footer says 已可离线阅读: the app is in the service worker's cache and the papers in IndexedDB. */
export async function waitUntilReadyOffline(page: Page, timeout = 30_000): Promise<void> {
  await page.getByRole('contentinfo').getByRole('status').filter({ hasText: '已可离线阅读' }).waitFor({ timeout });
}
