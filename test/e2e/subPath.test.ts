import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newReaderContext, serveBuiltApp, type ServedApp } from '../helpers/chromium';
import { reopenInNewTab, waitUntilReadyOffline } from '../helpers/offlineReader';

// The same build, put on a static host in a sub-folder (/papers/dubao/) with no rewrite rules.
// A new device's first page is a shared article link; once saved, the app and its deep links
// open offline from that folder. From seeds/: the only article that 奥密克戎 finds.
const base = '/papers/dubao/';
const omicron = { id: '86dc4ca7d812', start: '近段时间，多国报告的奥密克戎毒株' };

let app: ServedApp;
let serverRunning = true;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  app = await serveBuiltApp(undefined, { base });
  browser = await launchBrowser();
  context = await newReaderContext(browser);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  if (serverRunning) await app?.close();
});

describe('served from a sub-folder', () => {
  it('opens a shared article link as the first page of a new device', async () => {
    expect(app.url).toMatch(/\/papers\/dubao\/$/);
    await page.goto(`${app.url}#/article/${omicron.id}`);
    await page.locator('main article .body').getByText(omicron.start).waitFor();
  });

  it('saves itself for offline use within the folder, with a manifest that stays in it', async () => {
    await waitUntilReadyOffline(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(app.url);
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await page.request.get(new URL(manifestHref!, app.url).href)).json()) as { start_url: string; scope: string };
    expect(new URL(manifest.start_url, new URL(manifestHref!, app.url)).href.startsWith(app.url)).toBe(true);
    expect(new URL(manifest.scope, new URL(manifestHref!, app.url)).href).toBe(app.url);
  });

  it('opens the folder, a search link and an article link with the server gone', async () => {
    await context.setOffline(true);
    await app.close();
    serverRunning = false;

    page = await reopenInNewTab(page, app.url);
    await page.locator('main li a[href^="#/article/"]').first().waitFor();

    page = await reopenInNewTab(page, `${app.url}#/search?q=${encodeURIComponent('奥密克戎')}`);
    await page.locator('main mark').filter({ hasText: '奥密克戎' }).first().waitFor();

    page = await reopenInNewTab(page, `${app.url}#/article/${omicron.id}`);
    await page.locator('main article .body').getByText(omicron.start).waitFor();
  });

  it('says so when a linked article is not in the papers, and offers search', async () => {
    page = await reopenInNewTab(page, `${app.url}#/article/000000000000`);
    await page.getByRole('heading', { level: 1, name: '找不到这篇文章' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: /搜索/ }).first().waitFor();
  });
});
