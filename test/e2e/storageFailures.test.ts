import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaVersions } from '../../src/db/schemaVersions';
import { newReaderContext } from '../helpers/chromium';
import { countRows, createDatabase, damageSearchBlocks, readRows, storeShapesOf } from '../helpers/rawIndexedDb';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';
import { servedCorpus, spinalArticle } from '../helpers/servedCorpus';

// The browser's storage fails under the reader: IndexedDB refused (private browsing), the disk
// full in the middle of an update, a tab closed halfway, a database left by an older release, a
// damaged search index. Each time the reader is told in plain Chinese, keeps reading what can be
// read, and loses none of their bookmarks, notes or reading progress.

const { manifest, totalArticles } = servedCorpus();
const spinal = spinalArticle;
const note = '给孩子看\n第二行';

let session: ReaderSession;

beforeAll(async () => {
  session = await startReaderSession();
});

afterAll(async () => {
  await session?.close();
});

async function freshReader(): Promise<{ context: BrowserContext; page: Page }> {
  // The service worker precaches the corpus manifest; these tests publish a new one under it.
  const context = await newReaderContext(session.browser, { serviceWorkers: 'block' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

const articleLinks = (page: Page) => page.locator('main li a[href^="#/article/"]');

/** The corpus as first published: only its first `count` packs (an older corpus version). */
async function publishOnlyFirstPacks(context: BrowserContext, count: number): Promise<void> {
  const older = { ...manifest, version: `${manifest.version.slice(0, 12)}0ld0`, packs: manifest.packs.slice(0, count) };
  await context.route('**/corpus/manifest.json', (route) => route.fulfill({ json: older }));
}

/** Bookmarks the README's article and writes a two-line note on it, as a reader does. */
async function bookmarkWithNote(page: Page): Promise<void> {
  await page.goto(`${session.app.url}#/article/${spinal.id}`);
  await page.getByRole('heading', { level: 1, name: spinal.title }).waitFor();
  await page.getByRole('button', { name: '收藏', exact: true }).click();
  await page.getByRole('button', { name: '收藏', exact: true, pressed: true }).waitFor();
  await page.goto(`${session.app.url}#/bookmarks`);
  const noteBox = page.getByRole('textbox', { name: new RegExp(`^笔记\\s*：${spinal.title}$`) });
  await noteBox.fill(note);
  await noteBox.blur();
  await expect.poll(async () => (await readRows<{ note: string }>(page, 'bookmarks'))[0]?.note).toBe(note);
}

async function expectBookmarkKept(page: Page): Promise<void> {
  const bookmarks = await readRows<{ articleId: string; note: string }>(page, 'bookmarks');
  expect(bookmarks.map(({ articleId, note }) => ({ articleId, note }))).toEqual([{ articleId: spinal.id, note }]);
}

describe('IndexedDB refused by the browser', () => {
  it('reads the papers straight from the network, with search, and says nothing is kept after the visit', async () => {
    const { context, page } = await freshReader();
    // Firefox's private browsing threw here; some browsers' settings block storage the same way.
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      };
    });
    const started = Date.now();
    await page.goto(session.app.url);
    await page.getByRole('status').filter({ hasText: '这个浏览器不允许本站在本机保存数据' }).waitFor();
    await articleLinks(page).first().waitFor();
    console.log(`in memory: ${totalArticles} articles listed ${Date.now() - started} ms after opening`);
    expect(await page.getByText(`共 ${totalArticles} 篇`).count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('status').filter({ hasText: '关闭本页后，这次加的书签、笔记和阅读进度都不会保留' }).count()).toBe(1);

    await page.getByRole('searchbox', { name: '搜索报纸' }).fill('科协');
    await page.getByRole('searchbox', { name: '搜索报纸' }).press('Enter');
    await page.getByRole('status').filter({ hasText: /共 \d+ 条/ }).waitFor();
    await page.locator('main ol li a').first().waitFor();
    expect(await page.getByText('搜索出错').count()).toBe(0);

    // Bookmarks work for the visit.
    await page.goto(`${session.app.url}#/article/${spinal.id}`);
    await page.getByRole('button', { name: '收藏', exact: true }).click();
    await page.getByRole('button', { name: '收藏', exact: true, pressed: true }).waitFor();
    await page.goto(`${session.app.url}#/bookmarks`);
    await page.getByRole('heading', { level: 2, name: spinal.title }).waitFor();
    await context.close();
  });

  it('does the same when the browser has no IndexedDB at all', async () => {
    const { context, page } = await freshReader();
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    await page.goto(session.app.url);
    await page.getByRole('status').filter({ hasText: '这个浏览器不允许本站在本机保存数据' }).waitFor();
    await articleLinks(page).first().waitFor();
    expect(await page.getByText(`共 ${totalArticles} 篇`).count()).toBe(1);
    await context.close();
  });
});

describe('the disk full in the middle of an ingest', () => {
  it('keeps the papers stored readable with a notice, never loses a bookmark silently, and finishes once there is room', async () => {
    const { context, page } = await freshReader();
    // The site's quota in Chromium itself: room for the first packs, not for all of them.
    const cdp = await context.newCDPSession(page);
    const origin = new URL(session.app.url).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 100_000 });
    await page.goto(session.app.url);
    const full = page.getByRole('status').filter({ hasText: '本机存储空间已满，报纸没能全部保存' });
    await full.waitFor();
    const stored = await countRows(page, 'articles');
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(totalArticles);
    expect(await full.innerText()).toContain(`已保存的 ${stored} 篇可以照常阅读`);
    expect(await page.getByText(`共 ${stored} 篇`).count()).toBe(1);

    // A bookmark made now is either saved, or the reader is told it was not: never lost silently.
    await page.getByRole('button', { name: `收藏“${spinal.title}”` }).click();
    const notSaved = page.getByRole('status').filter({ hasText: '刚才的收藏或笔记没能保存' });
    const pressed = page.getByRole('button', { name: `收藏“${spinal.title}”`, pressed: true });
    await notSaved.or(pressed).first().waitFor();
    expect(await countRows(page, 'bookmarks')).toBe((await pressed.count()) > 0 ? 1 : 0);
    expect(await notSaved.count()).toBe((await pressed.count()) > 0 ? 0 : 1);
    console.log(`disk full: ${stored} of ${totalArticles} articles stored; a bookmark then was ${(await pressed.count()) > 0 ? 'saved' : 'refused, and the reader told'}`);

    // Room again (the reader freed space): a reload stores the rest.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await page.reload();
    await page.getByRole('status').filter({ hasText: '报纸已更新' }).waitFor();
    expect(await countRows(page, 'articles')).toBe(totalArticles);
    expect(await page.getByText(`共 ${totalArticles} 篇`).count()).toBe(1);
    await context.close();
  });

  it('reads from the network in memory when not even the first article fits', async () => {
    const { context, page } = await freshReader();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(session.app.url).origin, quotaSize: 1 });
    await page.goto(session.app.url);
    await page.getByRole('status').filter({ hasText: '本机存储空间已满，报纸是直接从网上读取的' }).waitFor();
    await articleLinks(page).first().waitFor();
    expect(await page.getByText(`共 ${totalArticles} 篇`).count()).toBe(1);
    await context.close();
  });
});

describe('a tab closed in the middle of an update', () => {
  it('leaves a database the next tab finishes, without fetching a stored pack again or losing the bookmark', async () => {
    const { context, page } = await freshReader();
    await publishOnlyFirstPacks(context, 1);
    await page.goto(session.app.url);
    await articleLinks(page).first().waitFor();
    await bookmarkWithNote(page);

    // The new corpus: its next two packs arrive, the others hang until the tab is closed.
    const arriving = new Set(manifest.packs.slice(1, 3).map((pack) => `/${pack.file}`));
    const fetched: string[] = [];
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await context.unroute('**/corpus/manifest.json');
    await context.route(/\/corpus\/(?!manifest).*\.json$/, async (route) => {
      const path = new URL(route.request().url()).pathname;
      fetched.push(path);
      if (!arriving.has(path)) await released;
      await route.continue().catch(() => undefined);
    });
    await page.reload();
    // The update is under way: the two packs arrived, the worker waits for the others.
    await expect.poll(() => fetched.filter((path) => !arriving.has(path)).length).toBeGreaterThan(0);
    await expect.poll(() => fetched.filter((path) => arriving.has(path)).length).toBe(2);
    await page.waitForTimeout(500);
    const completeAtClose = (await readRows<{ id: string; state: string; file: string }>(page, 'packs')).filter((p) => p.state === 'complete');
    await page.close();

    fetched.length = 0;
    release();
    const reopened = await context.newPage();
    reopened.setDefaultTimeout(15_000);
    await reopened.goto(session.app.url);
    await reopened.getByRole('status').filter({ hasText: '报纸已更新' }).waitFor();
    expect(await countRows(reopened, 'articles')).toBe(totalArticles);
    expect(await reopened.getByText(`共 ${totalArticles} 篇`).count()).toBe(1);
    expect(fetched).toHaveLength(manifest.packs.length - completeAtClose.length);
    for (const pack of completeAtClose) expect(fetched).not.toContain(`/${pack.file}`);
    expect((await readRows<{ state: string }>(reopened, 'packs')).every((p) => p.state === 'complete')).toBe(true);
    await expectBookmarkKept(reopened);
    await context.close();
  });
});

describe('a database left by the first release', () => {
  it('opens with its bookmarks, notes, reading progress and settings, and brings the papers up to date', async () => {
    const fixture = JSON.parse(readFileSync('test/fixtures/db/v1.json', 'utf8')) as { schemaVersion: number; tables: Record<string, unknown[]> };
    const stores = storeShapesOf(Object.assign({}, ...schemaVersions.filter((v) => v.version <= fixture.schemaVersion).map((v) => v.stores)));
    const { context, page } = await freshReader();
    // Same origin, before the app runs: a page that 404s, then the database written there.
    await page.goto(`${session.app.url}corpus/no-such-file`);
    await createDatabase(page, fixture.schemaVersion * 10, stores, fixture.tables);

    await page.goto(`${session.app.url}#/bookmarks`);
    const bookmarks = fixture.tables.bookmarks as { articleId: string; note: string }[];
    await page.waitForFunction((n) => document.querySelectorAll('main ol > li').length === n, bookmarks.length);
    for (const { note } of bookmarks) {
      if (note !== '') expect(await page.getByRole('textbox', { name: /^笔记/ }).evaluateAll((boxes, text) => boxes.some((box) => (box as HTMLTextAreaElement).value === text), note)).toBe(true);
    }
    await page.goto(session.app.url);
    await expect.poll(() => countRows(page, 'articles'), { timeout: 20_000 }).toBe(totalArticles);
    // IndexedDB returns rows by key.
    const byKey = (rows: unknown[], key: string) => [...(rows as Record<string, string>[])].sort((a, b) => (a[key]! < b[key]! ? -1 : 1));
    expect(await readRows(page, 'readingState')).toEqual(byKey(fixture.tables.readingState!, 'articleId'));
    expect(await readRows(page, 'settings')).toEqual(byKey(fixture.tables.settings!, 'key'));
    const kept = await readRows<{ articleId: string; note: string; addedAt: number }>(page, 'bookmarks');
    expect(kept.map(({ articleId, note, addedAt }) => ({ articleId, note, addedAt }))).toEqual(
      (byKey(fixture.tables.bookmarks!, 'articleId') as unknown as typeof kept).map(({ articleId, note, addedAt }) => ({ articleId, note, addedAt })),
    );
    await context.close();
  });
});

describe('a damaged search index', () => {
  it('is rebuilt from the stored articles by the first search, which then finds everything, with a note', async () => {
    const { context, page } = await freshReader();
    await page.goto(`${session.app.url}#/search?q=${encodeURIComponent('科协')}`);
    const total = page.getByRole('status').filter({ hasText: /共 \d+ 条/ });
    await total.waitFor();
    const expected = await total.innerText();
    await bookmarkWithNote(page);

    expect(await damageSearchBlocks(page, [99, 1, 2])).toBeGreaterThan(0);
    await page.goto(`${session.app.url}#/search?q=${encodeURIComponent('科协')}`);
    await page.reload();
    await page.getByRole('status').filter({ hasText: '搜索数据损坏了，已用本机保存的文章重建' }).waitFor();
    await page.getByRole('status').filter({ hasText: expected }).waitFor();
    expect(await page.getByText('搜索出错').count()).toBe(0);
    await expectBookmarkKept(page);
    await context.close();
  });
});
