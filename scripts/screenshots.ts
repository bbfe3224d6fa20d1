// npm run screenshots: phone-size (360×740) pictures of each screen of the built app into
// docs/screenshots/, for people reading the repository. Needs CJK fonts on the machine
// (Debian: apt-get install fonts-noto-cjk); never part of the build or the tests.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, newReaderContext, serveBuiltApp } from '../test/helpers/chromium';

const outDir = join(import.meta.dirname, '../docs/screenshots');
mkdirSync(outDir, { recursive: true });

const app = await serveBuiltApp();
const browser = await launchBrowser();
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await newReaderContext(browser, { viewport: { width: 360, height: 740 }, colorScheme });
    const page = await context.newPage();
    const shot = async (name: string) => {
      await page.waitForTimeout(300); // let fonts and the last liveQuery settle
      await page.screenshot({ path: join(outDir, `${name}-${colorScheme}.png`) });
      console.log(`docs/screenshots/${name}-${colorScheme}.png`);
    };
    await page.goto(app.url);
    await page.locator('main li a[href^="#/article/"]').first().waitFor();
    await shot('home');
    // The 已可离线阅读 toast would cover the next screens until it goes by itself.
    const dismiss = page.getByRole('button', { name: '知道了' });
    if (await dismiss.isVisible()) await dismiss.click();
    await open(page, `${app.url}#/article/fd32062a99bd`, 'h1');
    await shot('article');
    await open(page, `${app.url}#/search?q=${encodeURIComponent('奥密克戎')}`, 'mark');
    await shot('search');
    await open(page, `${app.url}#/article/94ad11069319`, 'aside');
    await shot('article-summary');
    // A bookmark, so the Bookmarks screen shows one rather than its empty state.
    await page.locator('main button[aria-pressed="false"]').first().click();
    await page.locator('main button[aria-pressed="true"]').first().waitFor();
    await open(page, `${app.url}#/bookmarks`, 'h1');
    await shot('bookmarks');
    await open(page, `${app.url}#/settings`, 'fieldset');
    await shot('settings');
    await open(page, `${app.url}#/storage`, 'h1');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await shot('storage');
    await open(page, `${app.url}#/edition/${encodeURIComponent('焦作日报')}/2022-02-09`, 'h1');
    await shot('edition');
    await context.close();
  }
} finally {
  await browser.close();
  await app.close();
}

async function open(page: Page, url: string, selector: string): Promise<void> {
  await page.goto(url);
  await page.locator(selector).first().waitFor();
}
