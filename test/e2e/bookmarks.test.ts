import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// A reader bookmarks articles, writes a note on one, removes and restores a bookmark. Both
// articles are on 焦作日报 2022-02-09 A07 in seeds/; the spinal-cord one is the README's example.
const spinal = { id: 'fd32062a99bd', title: '人工3D脊髓组织或可让瘫痪者重新行走' };
const meeting = { id: 'bb6cf28f703d', title: '市科技局召开“能力作风建设年”活动动员会' };

let session: ReaderSession;
let page: Page;

const bookmarksLink = () => page.getByRole('banner').getByRole('link', { name: '收藏' });
const entries = () => page.locator('main ol > li');
const entryTitles = () => entries().getByRole('heading', { level: 2 }).allInnerTexts();
// The label reads 笔记; the headline after it is for screen readers, to tell the notes apart.
const noteOf = (title: string) => page.getByRole('textbox', { name: new RegExp(`^笔记\\s*：${title}$`) });
const undoRegion = () => page.getByRole('status').filter({ hasText: '已取消收藏' });

async function expectTouchTarget(control: Locator) {
  const box = await control.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(44);
  expect(box?.height).toBeGreaterThanOrEqual(44);
}

async function openBookmarks(expected: number) {
  await bookmarksLink().click();
  await page.getByRole('heading', { level: 1, name: '收藏' }).waitFor();
  await page.waitForFunction((n) => document.querySelectorAll('main ol > li').length === n, expected);
}

beforeAll(async () => {
  session = await startReaderSession();
  ({ page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('bookmarks', () => {
  it('explains how to bookmark while there are none', async () => {
    await page.goto(`${session.app.url}#/bookmarks`);
    await page.getByText('还没有收藏的文章。').waitFor();
    expect(await page.getByText('点标题下方的“☆ 收藏”').count()).toBe(1);
    expect(await page.getByRole('link', { name: '收藏' }).getAttribute('aria-current')).toBe('page');
  });

  it('bookmarks an article with one tap from the article, and keeps it after a reload', async () => {
    await page.goto(`${session.app.url}#/article/${spinal.id}`);
    await page.getByRole('heading', { level: 1, name: spinal.title }).waitFor();
    const toggle = page.getByRole('button', { name: '收藏', exact: true });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await expectTouchTarget(toggle);

    await toggle.click();
    await page.getByRole('button', { name: '收藏', exact: true, pressed: true }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: '收藏', exact: true, pressed: true }).waitFor();
  });

  it('bookmarks an article from the list with the toggle beside it', async () => {
    await page.goto(session.app.url);
    const toggle = page.getByRole('button', { name: `收藏“${meeting.title}”` });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await expectTouchTarget(toggle);
    await toggle.click();
    await page.getByRole('button', { name: `收藏“${meeting.title}”`, pressed: true }).waitFor();
    // The article bookmarked from its own page shows as bookmarked in the list too.
    expect(await page.getByRole('button', { name: `收藏“${spinal.title}”` }).getAttribute('aria-pressed')).toBe('true');
  });

  it('lists the bookmarks newest first, with headline and where they were printed', async () => {
    await openBookmarks(2);
    expect(await entryTitles()).toEqual([meeting.title, spinal.title]);
    const spinalEntry = entries().filter({ hasText: spinal.title });
    expect(await spinalEntry.innerText()).toContain('焦作日报 · 2022年2月9日星期三 · A07版');
    expect(await spinalEntry.getByRole('link', { name: spinal.title }).getAttribute('href')).toBe(`#/article/${spinal.id}`);
  });

  it('keeps a note written in place', async () => {
    await noteOf(spinal.title).fill('周末给孩子读');
    await noteOf(spinal.title).press('Enter');
    await entries().filter({ hasText: spinal.title }).getByRole('status').filter({ hasText: '已保存' }).waitFor();
    // Enter saved the note rather than starting a new line.
    expect(await noteOf(spinal.title).inputValue()).toBe('周末给孩子读');
    // Leaving the box saves too.
    await noteOf(meeting.title).fill('转给同事');
    await noteOf(meeting.title).blur();
    await entries().filter({ hasText: meeting.title }).getByRole('status').filter({ hasText: '已保存' }).waitFor();

    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('main ol > li').length === 2);
    expect(await noteOf(spinal.title).inputValue()).toBe('周末给孩子读');
    expect(await noteOf(meeting.title).inputValue()).toBe('转给同事');
  });

  it('removes a bookmark, and undo brings it back with its note and place in the list', async () => {
    const remove = page.getByRole('button', { name: `取消收藏“${spinal.title}”` });
    await expectTouchTarget(remove);
    await remove.click();
    await undoRegion().waitFor();
    expect(await entryTitles()).toEqual([meeting.title]);

    await undoRegion().getByRole('button', { name: '撤销' }).click();
    await page.waitForFunction(() => document.querySelectorAll('main ol > li').length === 2);
    expect(await entryTitles()).toEqual([meeting.title, spinal.title]);
    expect(await noteOf(spinal.title).inputValue()).toBe('周末给孩子读');
    expect(await undoRegion().count()).toBe(0);
  });

  it('removes it again, and after a reload it is gone', async () => {
    await page.getByRole('button', { name: `取消收藏“${spinal.title}”` }).click();
    await undoRegion().waitFor();
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('main ol > li').length === 1);
    expect(await entryTitles()).toEqual([meeting.title]);
    await page.goto(`${session.app.url}#/article/${spinal.id}`);
    await page.getByRole('heading', { level: 1, name: spinal.title }).waitFor();
    await page.getByRole('button', { name: '收藏', exact: true, pressed: false }).waitFor();
  });

  it('still lists a bookmark whose article has left the papers, and says so', async () => {
    // What an update that drops the article does to its bookmark (src/db/packWrites.ts).
    await page.evaluate(
      (id) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('dubao');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('bookmarks', 'readwrite');
            const store = tx.objectStore('bookmarks');
            const get = store.get(id);
            get.onsuccess = () => store.put({ ...get.result, available: false });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      meeting.id,
    );
    await page.goto(`${session.app.url}#/bookmarks`);
    await page.reload();
    const entry = entries().filter({ hasText: meeting.title });
    await entry.getByText('已不在报纸中').waitFor();
    expect(await entry.getByRole('heading', { level: 2 }).innerText()).toBe(meeting.title);
    expect(await entry.getByRole('link').count()).toBe(0);
  });
});
