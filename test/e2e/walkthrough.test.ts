import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';
import { removeWebShare, stubWebShare, webShareCalls } from '../helpers/webShare';

// One reader's morning with the app, on a phone, each step starting where the last one left off:
// the home page, an article made bigger and darker, a search for 奥密克戎 (one article of seeds/,
// 焦作日报 2022-02-09 A07, twelve times in its body), a bookmark kept across a reload, a backup
// file exported and imported again, and the article shared with and without a share sheet.
const spinal = { id: 'fd32062a99bd', title: '人工3D脊髓组织或可让瘫痪者重新行走' };
const omicron = { id: '86dc4ca7d812', start: '近段时间，多国报告的奥密克戎毒株' };

let session: ReaderSession;
let page: Page;
let backupPath = '';
/** What Chromium reports it refused under the Content-Security-Policy, in any tab, all along the way. */
const refusals: string[] = [];

const bodyParagraph = () => page.locator('article .body p').first();
const fontSize = () => bodyParagraph().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
const choice = (group: string, name: string) => page.getByRole('group', { name: group }).getByRole('radio', { name, exact: true });
const bookmarkButton = (pressed: boolean) => page.getByRole('button', { name: '收藏', exact: true, pressed });
const bookmarkEntries = () => page.locator('main ol > li');
const omicronLink = () => `${session.app.url}#/article/${omicron.id}`;

beforeAll(async () => {
  session = await startReaderSession();
  ({ page } = session);
  session.context.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refusals.push(message.text());
  });
  await page.setViewportSize({ width: 360, height: 740 });
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.app.url).origin });
});

afterAll(async () => {
  await session?.close();
});

describe('a reader walks through the app', () => {
  it('opens the home page and sees the papers', async () => {
    await page.goto(session.app.url);
    await page.getByRole('heading', { level: 1, name: '读报' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '焦作日报' }).waitFor();
  });

  it('opens an article from the list', async () => {
    await page.getByRole('link', { name: spinal.title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: spinal.title }).waitFor();
    expect(page.url()).toBe(`${session.app.url}#/article/${spinal.id}`);
  });

  it('makes the text bigger and the page dark from the Aa settings', async () => {
    const before = await fontSize();
    await page.locator('article details summary').click();
    await choice('字号', '特大').check();
    await page.waitForFunction((px) => parseFloat(getComputedStyle(document.querySelector('article .body p')!).fontSize) > px, before);
    expect(await fontSize()).toBeGreaterThan(before * 1.4);

    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('system');
    await choice('配色', '深色').check();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgb(24, 22, 18)');
  });

  it('searches 奥密克戎 and opens the hit, the match marked in the article', async () => {
    await page.getByRole('searchbox', { name: '搜索报纸' }).fill('奥密克戎');
    await page.getByRole('status').filter({ hasText: '共 1 条' }).waitFor();
    const hit = page.locator('main ol li').first();
    expect(await hit.locator('mark').first().innerText()).toBe('奥密克戎');
    await hit.getByRole('link').click();

    await page.getByRole('heading', { level: 1, name: omicron.start }).waitFor();
    expect(page.url()).toBe(`${omicronLink()}?q=${encodeURIComponent('奥密克戎')}`);
    const marks = await page.locator('article .body mark').allInnerTexts();
    expect(marks).toHaveLength(12);
    for (const mark of marks) expect(mark).toBe('奥密克戎');
    // The reading settings chosen on the other article hold here too.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  it('bookmarks it, and after a reload finds it in Bookmarks', async () => {
    await bookmarkButton(false).click();
    await bookmarkButton(true).waitFor();
    await page.reload();
    await bookmarkButton(true).waitFor();

    await page.getByRole('banner').getByRole('link', { name: '收藏' }).click();
    await page.getByRole('heading', { level: 1, name: '收藏' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('main ol > li').length === 1);
    expect(await bookmarkEntries().getByRole('link').getAttribute('href')).toBe(`#/article/${omicron.id}`);
    expect(await bookmarkEntries().getByRole('heading', { level: 2 }).innerText()).toContain(omicron.start);
  });

  it('exports the bookmarks to a file', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出收藏和阅读进度' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^dubao-bookmarks-\d{4}-\d{2}-\d{2}\.json$/);
    backupPath = await download.path();
    const file = JSON.parse(await readFile(backupPath, 'utf8')) as { bookmarks: { articleId: string }[] };
    expect(file.bookmarks.map((bookmark) => bookmark.articleId)).toEqual([omicron.id]);
  });

  it('imports the same file through the file picker without duplicating the bookmark', async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText('从文件导入收藏').click()]);
    await chooser.setFiles(backupPath);
    await page.getByRole('status').filter({ hasText: '已导入 0 条收藏（1 条已存在）' }).waitFor();
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('main ol > li').length > 0);
    expect(await bookmarkEntries().count()).toBe(1);
  });

  it('shares the article through the share sheet: its title, an excerpt and its deep link', async () => {
    await bookmarkEntries().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: omicron.start }).waitFor();
    await stubWebShare(page);
    await page.getByRole('button', { name: '分享', exact: true }).click();
    const [call] = await webShareCalls(page, 1);
    expect(call?.url).toBe(omicronLink());
    // An untitled article is shared under the start of its body, as its heading shows it.
    expect(call?.title?.startsWith(omicron.start)).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(call?.title?.replace(/…$/, ''));
    const body = (await page.locator('article .body p').allInnerTexts()).join('').replace(/\s+/g, ' ').trim();
    expect(call?.text).toBe(`${[...body].slice(0, 60).join('')}…`);
  });

  it('copies the link when there is no share sheet, and says so', async () => {
    await removeWebShare(page);
    await page.getByRole('button', { name: '分享', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '链接已复制' }).waitFor();
    expect(await page.getByText('链接已复制').isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(omicronLink());

    // The copied link is a deep link: a new tab opened on it shows the article.
    const fresh = await session.context.newPage();
    await fresh.goto(omicronLink());
    await fresh.getByRole('heading', { level: 1, name: omicron.start }).waitFor();
    await fresh.close();
  });

  it('met no Content-Security-Policy refusal on the way (settings, progress bars, every screen above)', () => {
    expect(refusals).toEqual([]);
  });
});
