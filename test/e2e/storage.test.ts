import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newReaderContext } from '../helpers/chromium';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// A reader opens 离线与存储, sees the space the papers take, deletes an edition they have read
// (焦作日报 2022-02-09, the one dated edition of seeds/), and downloads it again. The article
// they bookmarked in it stays in Bookmarks, marked as no longer in the papers meanwhile.
const spinal = { id: 'fd32062a99bd', title: '人工3D脊髓组织或可让瘫痪者重新行走' };
// Each search of a page's lifetime is a new query, so results shown are never those of an earlier run.
const queries = { before: '脊髓组织', deleted: '3D脊髓组织', afterReload: '脊髓组织', downloaded: '人工3D脊髓' };
const editionName = '焦作日报 2022年2月9日星期三';
const editionFile = /corpus\/e-2022-02-09-[0-9a-f]+\.[0-9a-f]+\.json$/;

let session: ReaderSession;
let page: Page;
const packRequests: string[] = [];

const status = () => page.locator('section[aria-labelledby="editions-heading"] [role="status"]');
const editionRow = () => page.locator('li').filter({ hasText: '2022年2月9日星期三' });

async function openStoragePage() {
  await page.getByRole('banner').getByRole('link', { name: '设置' }).click();
  await page.getByRole('link', { name: /离线与存储/ }).first().click();
  await page.getByRole('heading', { level: 1, name: '离线与存储' }).waitFor();
}

async function search(query: string) {
  await page.goto(`${session.app.url}#/search?q=${encodeURIComponent(query)}`);
  await page.getByRole('status').filter({ hasText: /共 \d+ 条|没有找到/ }).waitFor();
  // Result links carry the query (#/article/<id>?q=…): the ids are what matters.
  const hrefs = await page.locator('main ol li a[href^="#/article/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => decodeURIComponent(href.replace(/^#\/article\/([^?]+).*$/, '$1')));
}

beforeAll(async () => {
  session = await startReaderSession();
  ({ page } = session);
  page.on('request', (request) => {
    if (editionFile.test(request.url())) packRequests.push(request.url());
  });
  await page.goto(`${session.app.url}#/article/${spinal.id}`);
  await page.getByRole('heading', { level: 1, name: spinal.title }).waitFor();
  await page.getByRole('button', { name: '收藏', exact: true }).click();
  await page.getByRole('button', { name: '收藏', exact: true, pressed: true }).waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('offline and storage', () => {
  it('shows the space used and the size of each stored edition', async () => {
    await openStoragePage();
    await page.getByText(/^读报在本机已用 .+，浏览器最多允许约 .+。$/).waitFor();
    const papers = await page.getByText(/^保存的报纸约 [\d.,]+ (KB|MB)/).innerText();
    await page.getByText(/持久保存/).first().waitFor();
    await editionRow().getByText(/^13 篇 · 约 \d+ KB$/).waitFor();
    const edition = await editionRow().innerText();
    const usage = (await page.evaluate(() => navigator.storage.estimate())) as StorageEstimate & { usageDetails?: Record<string, number> };
    // Figures for the report: the browser's estimate against the one from the stored rows.
    console.log(`storage page: ${papers} | ${edition.replace(/\s+/g, ' ')} | estimate(): usage ${usage.usage} bytes, ${JSON.stringify(usage.usageDetails)}`);
    expect(await page.getByRole('button', { name: `删除 ${editionName}` }).count()).toBe(1);
    // A month, and a paper's undated pages, which are grouped like a month but are not one.
    expect(await page.getByRole('button', { name: '删除 焦作日报 2022年2月 整月' }).innerText()).toBe('删除这个月');
    expect(await page.getByRole('button', { name: '删除 未注明报名 未注明日期 的全部版面' }).innerText()).toBe('全部删除');
  });

  it('deletes an edition after confirming; search no longer finds its article', async () => {
    expect(await search(queries.before)).toContain(spinal.id);
    await page.goto(`${session.app.url}#/storage`);
    await page.getByRole('button', { name: `删除 ${editionName}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/^从本机删除 焦作日报 2022年2月9日星期三（13 篇，约 \d+ KB）？$/).waitFor();
    // The safe answer has focus.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('取消');
    await dialog.getByRole('button', { name: '删除' }).click();
    await status().filter({ hasText: '已删除 13 篇文章。' }).waitFor();
    await editionRow().getByText(/未离线保存/).waitFor();
    await editionRow().getByRole('button', { name: `重新下载 ${editionName}` }).waitFor();

    expect(await search(queries.deleted)).not.toContain(spinal.id);
  });

  it('keeps the bookmark, listed as no longer in the papers', async () => {
    await page.goto(`${session.app.url}#/bookmarks`);
    const entry = page.locator('main ol > li').filter({ hasText: spinal.title });
    await entry.getByText('已不在报纸中').waitFor();
    expect(await entry.getByRole('link', { name: spinal.title }).count()).toBe(0);
  });

  it('does not fetch the deleted edition again when the app updates', async () => {
    // The first visit fetched it (so the requests of the data worker are seen here).
    const before = packRequests.length;
    expect(before).toBeGreaterThan(0);
    const manifestRead = page.waitForResponse((response) => response.url().endsWith('corpus/manifest.json'));
    await page.reload();
    await manifestRead;
    // The update after a reload runs in the background: packs are asked for right after the manifest.
    await page.waitForTimeout(1000);
    expect(packRequests.length).toBe(before);
    expect(await search(queries.afterReload)).not.toContain(spinal.id);
  });

  it('downloads the edition again from the same page', async () => {
    await page.goto(`${session.app.url}#/storage`);
    await editionRow().getByRole('button', { name: `重新下载 ${editionName}` }).click();
    const before = packRequests.length;
    await status().filter({ hasText: '已下载 13 篇文章。' }).waitFor();
    expect(packRequests.length).toBe(before + 1);
    await editionRow().getByRole('button', { name: `删除 ${editionName}` }).waitFor();
    expect(await search(queries.downloaded)).toContain(spinal.id);
    await page.goto(`${session.app.url}#/bookmarks`);
    await page.locator('main ol > li').getByRole('link', { name: spinal.title }).waitFor();
  });
});

describe('asking the browser to keep the papers', () => {
  it('asks for persistent storage after the first bookmark, not on the first visit', async () => {
    const context = await newReaderContext(session.browser);
    // Counts the requests; the storage stays not persistent, as a browser that says no.
    await context.addInitScript(() => {
      const calls = { persist: 0 };
      Object.assign(window, { persistCalls: calls });
      navigator.storage.persisted = async () => false;
      navigator.storage.persist = async () => {
        calls.persist++;
        return false;
      };
    });
    const tab = await context.newPage();
    const persistCalls = () => tab.evaluate(() => (window as unknown as { persistCalls: { persist: number } }).persistCalls.persist);
    await tab.goto(`${session.app.url}#/article/${spinal.id}`);
    await tab.getByRole('heading', { level: 1, name: spinal.title }).waitFor();
    expect(await persistCalls()).toBe(0);

    await tab.getByRole('button', { name: '收藏', exact: true }).click();
    await tab.waitForFunction(() => (window as unknown as { persistCalls: { persist: number } }).persistCalls.persist === 1);
    // Removed and added again: asked once only.
    await tab.getByRole('button', { name: '收藏', exact: true, pressed: true }).click();
    await tab.getByRole('button', { name: '收藏', exact: true, pressed: false }).click();
    await tab.getByRole('button', { name: '收藏', exact: true, pressed: true }).waitFor();
    expect(await persistCalls()).toBe(1);

    // The reader can still ask from the storage page; the browser's answer is said.
    await tab.goto(`${session.app.url}#/storage`);
    await tab.getByText('尚未开启持久保存', { exact: false }).waitFor();
    await tab.getByRole('button', { name: '请求持久保存' }).click();
    await tab.getByText(/^浏览器这次没有同意。/).waitFor();
    expect(await persistCalls()).toBe(2);
    await context.close();
  });

  it('explains on an iPhone that adding to the home screen keeps the papers', async () => {
    const context = await newReaderContext(session.browser, { viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => {
      const ua = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
      Object.defineProperty(navigator, 'userAgent', { get: () => ua });
    });
    const tab = await context.newPage();
    await tab.goto(`${session.app.url}#/storage`);
    await tab.getByRole('heading', { level: 1, name: '离线与存储' }).waitFor();
    await tab.getByText(/把读报添加到主屏幕就不会这样：点 Safari 的“分享”按钮，选“添加到主屏幕”/).waitFor();
    await context.close();

    // Not on a desktop browser.
    expect(await page.getByText(/添加到主屏幕就不会这样/).count()).toBe(0);
  });
});
