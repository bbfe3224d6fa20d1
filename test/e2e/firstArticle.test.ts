import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// A reader opens the app, sees the list of articles and reads the first science story of
// 焦作日报 2022-02-09 (seeds/000_2bc5e1aa8259982a.txt).
const articleTitle = '人工3D脊髓组织或可让瘫痪者重新行走';
const firstParagraphStart = '据新华社耶路撒冷2月8日电';

let session: ReaderSession;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  session = await startReaderSession();
  ({ context, page } = session);
  await page.goto(session.app.url);
});

afterAll(async () => {
  await session?.close();
});

describe('reading the first article', () => {
  it('is a Chinese page', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.title()).toBe('读报');
  });

  it('lists the articles on the home page', async () => {
    await page.getByRole('heading', { level: 1, name: '读报' }).waitFor();
    expect(await page.getByText('正在载入报纸').count()).toBe(0);
    expect(await page.locator('main li a[href^="#/article/"]').count()).toBeGreaterThan(1);
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
    expect(await fresh.evaluate(() => document.activeElement?.textContent)).toBe(articleTitle);
    await fresh.close();
  });
});
