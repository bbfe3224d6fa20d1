// The system share sheet, as a test controls it: a stub that records what the page shares, or
// no navigator.share at all (as in desktop Firefox), so that the page falls back to copying.
import type { Page } from 'playwright-core';

type Recorder = { dubaoShareCalls: ShareData[] };

/** Replaces navigator.share in the open page by a stub that records each call and resolves. */
export async function stubWebShare(page: Page): Promise<void> {
  await page.evaluate(() => {
    const calls: ShareData[] = [];
    (window as unknown as Recorder).dubaoShareCalls = calls;
    Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: ShareData) => void calls.push(data) });
  });
}

/** What the page has passed to the stub so far, once it has made `count` calls. */
export async function webShareCalls(page: Page, count: number): Promise<ShareData[]> {
  await page.waitForFunction((n) => (window as unknown as Recorder).dubaoShareCalls.length === n, count);
  return page.evaluate(() => (window as unknown as Recorder).dubaoShareCalls);
}

/** Takes navigator.share away from the open page. */
export async function removeWebShare(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    delete (Navigator.prototype as { share?: unknown }).share;
  });
}
