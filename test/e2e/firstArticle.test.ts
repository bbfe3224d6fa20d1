import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// A reader opens the app for the first time: the papers are saved on the device (with progress),
// then they see the list of articles and read the first science story of 焦作日报 2022-02-09
// (seeds/000_2bc5e1aa8259982a.txt).
const articleTitle = '人工3D脊髓组织或可让瘫痪者重新行走';
const firstParagraphStart = '据新华社耶路撒冷2月8日电';

let session: ReaderSession;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  session = await startReaderSession();
  ({ context, page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('reading the first article', () => {
  it('saves the papers on a first visit, showing how far it got', async () => {
    // Hold the packs back until the progress bar has been seen; the manifest goes through.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/\/corpus\/(?!manifest\.json).+\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(session.app.url);

    const bar = page.getByRole('progressbar', { name: '保存报纸的进度' });
    await bar.waitFor();
    await page.getByText('第一次打开').waitFor();
    await page.waitForFunction(() => document.querySelector('[role=progressbar]')?.getAttribute('aria-valuemax') !== null);
    expect(await bar.getAttribute('aria-valuemin')).toBe('0');
    expect(Number(await bar.getAttribute('aria-valuemax'))).toBeGreaterThan(1);
    expect(await bar.getAttribute('aria-valuetext')).toMatch(/^已保存 \d+\/\d+ 份，共 \d+ 篇文章$/);

    release();
    await page.getByRole('heading', { level: 1, name: '读报' }).waitFor();
    await page.locator('main li a[href^="#/article/"]').first().waitFor();
    expect(await bar.count()).toBe(0);
  });

  it('is a Chinese page', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.title()).toBe('读报');
  });

  it('lists the articles on the home page', async () => {
    expect(await page.locator('main li a[href^="#/article/"]').count()).toBeGreaterThan(1);
    expect(await page.getByText(/^共 \d+ 篇$/).count()).toBe(1);
  });

  it('opens the article and shows its title and first paragraph', async () => {
    await page.getByRole('link', { name: articleTitle, exact: true }).click();
    await page.waitForURL(/#\/article\/.+/);

    // The URL changes before the page re-renders: wait for the article's own heading.
    const title = page.getByRole('heading', { level: 1, name: articleTitle, exact: true });
    await title.waitFor();
    expect(await title.innerText()).toBe(articleTitle);
    const firstParagraph = page.locator('article .body p').first();
    expect(await firstParagraph.innerText()).toMatch(new RegExp(`^${firstParagraphStart}`));
  });

  it('opens the same article from its deep link, and goes back to the list', async () => {
    const deepLink = page.url();
    const fresh = await context.newPage();
    await fresh.goto(deepLink);
    await fresh.getByRole('heading', { level: 1, name: articleTitle, exact: true }).waitFor();

    await fresh.getByRole('link', { name: '返回文章列表' }).first().click();
    await fresh.getByRole('heading', { level: 1, name: '读报' }).waitFor();
    // Keyboard focus returns to the article the reader came from.
    await fresh.waitForFunction((title) => document.activeElement?.textContent === title, articleTitle);
    await fresh.close();
  });

  it('opens a deep link on a fresh profile: it saves the papers first, then shows the article', async () => {
    const deepLink = page.url();
    const freshContext = await session.browser.newContext({ locale: 'zh-CN' });
    const fresh = await freshContext.newPage();
    await fresh.goto(deepLink);
    await fresh.getByRole('heading', { level: 1, name: articleTitle, exact: true }).waitFor({ timeout: 20_000 });

    await fresh.goto(`${session.app.url}#/article/000000000000`);
    await fresh.getByRole('heading', { level: 1, name: '找不到这篇文章' }).waitFor();
    expect(await fresh.getByRole('link', { name: '搜索报纸' }).count()).toBe(1);
    await freshContext.close();
  });
});
