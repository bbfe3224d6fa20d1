import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// A reader imports bookmarks files that are not what they should be. Each bad file is refused
// with a message saying why, quickly, and the bookmark already stored keeps its note; a file
// naming articles this device does not have is merged, and the message says so. The stored
// bookmark is the README's example article (焦作日报 2022-02-09 A07 in seeds/).
const spinal = { id: 'fd32062a99bd', title: '人工3D脊髓组织或可让瘫痪者重新行走' };
const note = '周末给孩子读';

let session: ReaderSession;
let page: Page;
let folder: string;

const importInput = () => page.getByLabel('从文件导入收藏');
const importMessage = () => page.getByRole('status').filter({ hasText: /导入/u });
const entries = () => page.locator('main ol > li');
const noteOf = (title: string) => page.getByRole('textbox', { name: new RegExp(`^笔记\\s*：${title}$`, 'u') });

const exportOf = (fields: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'dubao-user-data', version: 1, exportedAt: '2026-11-29T00:00:00.000Z', bookmarks: [], readingState: [], ...fields });
const bookmarkOf = (articleId: string, title: string, fields: Record<string, unknown> = {}) =>
  ({ articleId, addedAt: 1_700_000_000_000, note: '', title, paper: '焦作日报', date: '2022-02-09', page: 'A07', available: true, ...fields });

async function importText(name: string, text: string) {
  await importInput().setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The stored bookmark, after a reload: still there, note and all. */
async function expectStoredBookmarkUnchanged(count = 1) {
  await page.reload();
  await page.waitForFunction((n) => document.querySelectorAll('main ol > li').length === n, count);
  expect(await noteOf(spinal.title).inputValue()).toBe(note);
  expect(await entries().getByRole('link', { name: spinal.title }).getAttribute('href')).toBe(`#/article/${spinal.id}`);
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dubao-import-'));
  session = await startReaderSession();
  ({ page } = session);
  await page.goto(`${session.app.url}#/article/${spinal.id}`);
  await page.getByRole('heading', { level: 1, name: spinal.title }).waitFor();
  await page.getByRole('button', { name: '收藏', exact: true }).click();
  await page.getByRole('button', { name: '收藏', exact: true, pressed: true }).waitFor();
  await page.goto(`${session.app.url}#/bookmarks`);
  await noteOf(spinal.title).fill(note);
  await noteOf(spinal.title).press('Enter');
  await entries().getByRole('status').filter({ hasText: '已保存' }).waitFor();
});

afterAll(async () => {
  await session?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('importing a bad bookmarks file', () => {
  it('refuses a 50 MB file by its size at once, without reading it or freezing the page', async () => {
    // A well-formed export padded to 50 MB: only its size is wrong.
    const huge = join(folder, 'huge.json');
    const padding = ' '.repeat(50 * 1024 * 1024);
    await writeFile(huge, exportOf({ bookmarks: [bookmarkOf('huge-1', '大文件里的收藏')] }) + padding);
    await page.evaluate(() => {
      const longTasks: number[] = [];
      (window as unknown as { dubaoLongTasks: number[] }).dubaoLongTasks = longTasks;
      new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
    });
    const started = Date.now();
    await importInput().setInputFiles(huge);
    await importMessage().filter({ hasText: '没有导入：文件太大（不能超过 5 MB）。' }).waitFor();
    expect(Date.now() - started).toBeLessThan(5000);
    // Reading and parsing 50 MB would hold the main thread for hundreds of ms.
    const longTasks = await page.evaluate(() => (window as unknown as { dubaoLongTasks: number[] }).dubaoLongTasks);
    expect(Math.max(0, ...longTasks)).toBeLessThan(200);
    await expectStoredBookmarkUnchanged();
  });

  it.each([
    ['truncated', exportOf({ bookmarks: [bookmarkOf('cut-1', '半截文件')] }).slice(0, 60), '没有导入：文件已损坏，无法读取。'],
    ['empty', '', '没有导入：文件已损坏，无法读取。'],
    ['of another schema', exportOf({ bookmarks: { [spinal.id]: { note: '别的格式' } } }), '没有导入：文件已损坏，无法读取。'],
    ['with one bad entry among good ones', exportOf({ bookmarks: [bookmarkOf('good-1', '好的一条'), bookmarkOf('bad-1', '坏的一条', { addedAt: '昨天' })] }), '没有导入：文件已损坏，无法读取。'],
    ['of a newer version', exportOf({ version: 2, bookmarks: [bookmarkOf('new-1', '新版本的收藏')] }), '没有导入：这个文件来自更新版本的读报，请先更新读报。'],
    ['of another app', JSON.stringify({ format: 'other-reader', bookmarks: [bookmarkOf('other-1', '别的应用')] }), '没有导入：这不是读报的导出文件。'],
  ])('refuses a file %s, saying why, and changes nothing', async (_, text, message) => {
    await importText('bookmarks.json', text);
    await importMessage().filter({ hasText: message }).waitFor();
    await expectStoredBookmarkUnchanged();
  });
});

describe('importing bookmarks of articles this device does not have', () => {
  it('keeps them, marked as not in the papers here, and says so', async () => {
    const file = exportOf({
      bookmarks: [bookmarkOf(spinal.id, spinal.title, { note: '文件里的笔记' }), bookmarkOf('0123456789ab', '别处报纸上的文章', { paper: '别的日报' })],
    });
    await importText('from-another-phone.json', file);
    await importMessage()
      .filter({ hasText: '已导入 1 条收藏（1 条已存在） 其中 1 条收藏的文章不在本机保存的报纸里：收藏已保留，报纸存到本机后就能打开。' })
      .filter({ hasText: '其中 1 条的笔记和本机的不同，保留了本机的笔记。' })
      .waitFor();
    await expectStoredBookmarkUnchanged(2);
    const absent = entries().filter({ hasText: '别处报纸上的文章' });
    expect(await absent.innerText()).toContain('已不在报纸中');
    expect(await absent.getByRole('link').count()).toBe(0);
  });
});
