import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';
import { removeWebShare, stubWebShare, webShareCalls } from '../helpers/webShare';

// A reader backs up their bookmarks to a file and restores them, and shares an article and a
// passage of it. The article is the README's example (焦作日报 2022-02-09 A07 in seeds/).
const spinal = { id: 'fd32062a99bd', title: '人工3D脊髓组织或可让瘫痪者重新行走' };

let session: ReaderSession;
let page: Page;
let exported = '';

const entries = () => page.locator('main ol > li');
const entryTitles = () => entries().getByRole('heading', { level: 2 }).allInnerTexts();
const noteOf = (title: string) => page.getByRole('textbox', { name: new RegExp(`^笔记\\s*：${title}$`) });
const importInput = () => page.getByLabel('从文件导入收藏');
const importMessage = () => page.getByRole('status').filter({ hasText: /导入/ });

async function openArticle() {
  await page.goto(`${session.app.url}#/article/${spinal.id}`);
  await page.getByRole('heading', { level: 1, name: spinal.title }).waitFor();
}

async function openBookmarks() {
  await page.goto(`${session.app.url}#/bookmarks`);
  await page.getByRole('heading', { level: 1, name: '收藏' }).waitFor();
}

beforeAll(async () => {
  session = await startReaderSession();
  ({ page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('backing up bookmarks to a file', () => {
  it('exports a bookmark with its note to a dated JSON file', async () => {
    await openArticle();
    await page.getByRole('button', { name: '收藏', exact: true }).click();
    await page.getByRole('button', { name: '收藏', exact: true, pressed: true }).waitFor();
    await openBookmarks();
    await noteOf(spinal.title).fill('周末给孩子读');
    await noteOf(spinal.title).press('Enter');
    await entries().getByRole('status').filter({ hasText: '已保存' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出收藏和阅读进度' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^dubao-bookmarks-\d{4}-\d{2}-\d{2}\.json$/);
    exported = await readFile(await download.path(), 'utf8');
    const file = JSON.parse(exported) as { format: string; version: number; bookmarks: { articleId: string; note: string }[] };
    expect(file.format).toBe('dubao-user-data');
    expect(file.version).toBe(1);
    expect(file.bookmarks).toEqual([expect.objectContaining({ articleId: spinal.id, note: '周末给孩子读', title: spinal.title })]);
  });

  it('imports the file after the bookmark was removed: it is back with its note', async () => {
    await page.getByRole('button', { name: `取消收藏“${spinal.title}”` }).click();
    await page.getByText('还没有收藏的文章。').waitFor();

    await importInput().setInputFiles({ name: 'dubao-bookmarks.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await importMessage().filter({ hasText: '已导入 1 条收藏（0 条已存在）' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('main ol > li').length === 1);
    expect(await entryTitles()).toEqual([spinal.title]);
    expect(await noteOf(spinal.title).inputValue()).toBe('周末给孩子读');
    expect(await entries().getByRole('link', { name: spinal.title }).getAttribute('href')).toBe(`#/article/${spinal.id}`);
  });

  it('says the bookmark already exists when the same file is imported again', async () => {
    await importInput().setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await importMessage().filter({ hasText: '已导入 0 条收藏（1 条已存在）' }).waitFor();
    expect(await entries().count()).toBe(1);
  });

  it('refuses a foreign JSON file and changes nothing', async () => {
    const foreign = { format: 'other-app', bookmarks: [{ articleId: 'x', title: '<script>alert(1)</script>' }] };
    await importInput().setInputFiles({ name: 'package.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(foreign)) });
    await importMessage().filter({ hasText: '不是读报的导出文件' }).waitFor();
    await importInput().setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(exported.slice(0, 40)) });
    await importMessage().filter({ hasText: '文件已损坏' }).waitFor();

    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('main ol > li').length === 1);
    expect(await entryTitles()).toEqual([spinal.title]);
    expect(await noteOf(spinal.title).inputValue()).toBe('周末给孩子读');
  });
});

describe('sharing an article', () => {
  const articleUrl = () => `${session.app.url}#/article/${spinal.id}`;

  it('shares title, excerpt and deep link through the system share sheet', async () => {
    await openArticle();
    await stubWebShare(page);
    await page.getByRole('button', { name: '分享', exact: true }).click();
    const [call] = await webShareCalls(page, 1);
    expect(call?.title).toBe(spinal.title);
    expect(call?.url).toBe(articleUrl());
    // The excerpt is the start of the body as stored; the page shows the same text, paragraph by paragraph.
    const body = (await page.locator('article .body p').allInnerTexts()).join('').replace(/\s+/g, ' ').trim();
    expect(call?.text).toBe(`${[...body].slice(0, 60).join('')}…`);
  });

  it('shares a selected passage in corner brackets with the headline and link', async () => {
    const paragraph = page.locator('article .body p').nth(1);
    const passage = await paragraph.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString().trim();
    });
    await page.getByRole('button', { name: '分享这段' }).click();
    const call = (await webShareCalls(page, 2))[1];
    expect(call?.text).toBe(`「${passage.replace(/\s+/g, ' ').slice(0, 200)}${[...passage].length > 200 ? '…' : ''}」——${spinal.title}`);
    expect(call?.url).toBe(articleUrl());

    // Selecting outside the body offers no passage to share.
    await page.getByRole('heading', { level: 1 }).evaluate((h) => document.getSelection()!.selectAllChildren(h));
    await page.getByRole('button', { name: '分享这段' }).waitFor({ state: 'detached' });
  });

  it('copies the link without a share sheet and says so', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.app.url).origin });
    await openArticle();
    await removeWebShare(page);
    await page.getByRole('button', { name: '分享', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '链接已复制' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(articleUrl());
  });
});
