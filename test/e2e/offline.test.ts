import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newReaderContext, serveBuiltApp, type ServedApp } from '../helpers/chromium';
import { reopenInNewTab, waitUntilReadyOffline } from '../helpers/offlineReader';

// A reader opens 读报 once with the network on and waits for 已可离线阅读. Then the network goes
// (context.setOffline does not cover the service worker's own fetches, so the server stops too):
// the home page, an article opened by its link, search, bookmarks and their export, 繁體 (a lazily
// loaded chunk) and settings all still work. From seeds/: the only article that 奥密克戎 finds.
const omicron = { id: '86dc4ca7d812', start: '近段时间，多国报告的奥密克戎毒株' };

let app: ServedApp;
let serverRunning = true;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let appUrl: string;

const articleLinks = () => page.locator('main li a[href^="#/article/"]');
const bookmarkToggle = () => page.getByRole('button', { name: '收藏', exact: true });


beforeAll(async () => {
  app = await serveBuiltApp();
  appUrl = app.url;
  browser = await launchBrowser();
  context = await newReaderContext(browser);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  if (serverRunning) await app?.close();
});

describe('offline', () => {
  it('says when the paper is ready offline, after showing its progress', async () => {
    // Everything the app needs comes from its own origin (the service worker's fetches included).
    const origins = new Set<string>();
    context.on('request', (request) => {
      if (!request.url().startsWith('data:')) origins.add(new URL(request.url()).origin);
    });
    await page.goto(appUrl);
    const status = page.getByRole('contentinfo').getByRole('status');
    // On a first visit the footer shows how far the saving is, then that it is done.
    await status.filter({ hasText: '正在保存，以便离线阅读' }).waitFor();
    await waitUntilReadyOffline(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state)).toBe('activated');
    // The footer is below the first screen: the moment it is done is also said where the reader looks.
    const toast = page.getByRole('status').filter({ hasText: '已可离线阅读' }).filter({ has: page.getByRole('button', { name: '知道了' }) });
    await toast.waitFor();
    await toast.getByRole('button', { name: '知道了' }).click();
    await toast.waitFor({ state: 'detached' });
    expect([...origins]).toEqual([new URL(appUrl).origin]);
  });

  it('opens the home page with the network off and the server stopped', async () => {
    await context.setOffline(true);
    await app.close();
    serverRunning = false;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '读报' }).waitFor();
    await articleLinks().first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('opens an article by its link', async () => {
    page = await reopenInNewTab(page, `${appUrl}#/article/${omicron.id}`);
    await page.locator('article .body').getByText(omicron.start).waitFor();
  });

  it('searches 奥密克戎, from a search link and from the search box', async () => {
    page = await reopenInNewTab(page, `${appUrl}#/search?q=${encodeURIComponent('奥密克戎')}`);
    await page.getByRole('status').filter({ hasText: '共 1 条' }).waitFor();
    expect(await page.locator(`main a[href^="#/article/${omicron.id}"]`).count()).toBe(1);

    await page.goto(appUrl);
    await page.getByRole('searchbox', { name: '搜索报纸' }).fill('奥密克戎 毒株');
    await page.getByRole('searchbox', { name: '搜索报纸' }).press('Enter');
    await page.locator(`main a[href^="#/article/${omicron.id}"]`).waitFor();
  });

  it('bookmarks an article, and the bookmark is still there after a reload', async () => {
    await page.goto(`${appUrl}#/article/${omicron.id}`);
    await bookmarkToggle().click();
    await page.getByRole('button', { name: '收藏', exact: true, pressed: true }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: '收藏', exact: true, pressed: true }).waitFor();
    await page.goto(`${appUrl}#/bookmarks`);
    await page.locator(`main ol > li a[href="#/article/${omicron.id}"]`).waitFor();
  });

  it('exports the bookmarks file', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出收藏和阅读进度' }).click(),
    ]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8')) as { bookmarks: { articleId: string }[] };
    expect(file.bookmarks.map((bookmark) => bookmark.articleId)).toEqual([omicron.id]);
  });

  it('shows an article in 繁體: the converter chunk was saved too', async () => {
    await page.goto(`${appUrl}#/settings`);
    await page.getByRole('group', { name: '文字' }).getByRole('radio', { name: '繁體', exact: true }).check();
    await page.goto(`${appUrl}#/article/${omicron.id}`);
    await page.locator('article .body').getByText('奧密克戎').first().waitFor();
  });

  it('says in 版本与更新 when the papers were updated, and that the server cannot be reached for new editions', async () => {
    await page.goto(`${appUrl}#/settings`);
    await page.getByRole('heading', { level: 2, name: '版本与更新' }).waitFor();
    expect(await page.getByText(/^报纸更新于 /).count()).toBe(1);
    await page.getByRole('button', { name: '检查新版本' }).click();
    await page.getByRole('status').filter({ hasText: '现在连不上服务器，联网后再检查。' }).waitFor();
  });
});
