import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newReaderContext, serveBuiltApp, type ServedApp } from './chromium';

/** The built app served locally, and a Chinese reader's browser tab ready to open it. */
export interface ReaderSession {
  app: ServedApp;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function startReaderSession(): Promise<ReaderSession> {
  const app = await serveBuiltApp();
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const context = await newReaderContext(browser);
    const page = await context.newPage();
    // A missing element should fail in seconds, not after Playwright's 30 s default.
    page.setDefaultTimeout(10_000);
    const openBrowser = browser;
    return {
      app,
      browser,
      context,
      page,
      async close() {
        await openBrowser.close();
        await app.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await app.close();
    throw error;
  }
}
